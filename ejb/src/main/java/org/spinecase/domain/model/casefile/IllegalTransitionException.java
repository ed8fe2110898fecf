package org.spinecase.domain.model.casefile;

import jakarta.ejb.ApplicationException;

/**
 * The lifecycle refused a command: the record is not in a status that allows it, the caller's roles
 * never allow it, or only the care team may give it. The message is a sentence for the clinician
 * ("A case in status Workup in progress cannot be closed by a physiotherapist").
 *
 * <p>An application exception with rollback, so that nothing half-done is saved and the caller
 * receives this exception itself rather than a wrapped system error. {@link #getRefusal()} tells
 * the interfaces whether it is the status (409 Conflict) or the caller (403 Forbidden).
 */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the command was refused. */
  public enum Refusal {
    /** The command does not apply in the record's current status; it may later. */
    STATUS,
    /** None of the caller's roles may give this command. */
    ROLE,
    /** The command is for the case's care team (or its lead) and the caller is not. */
    CARE_TEAM
  }

  private final Refusal refusal;
  private final CareState state;
  private final CareCommand command;

  public IllegalTransitionException(
      Refusal refusal, CareState state, CareCommand command, String message) {
    super(message);
    this.refusal = refusal;
    this.state = state;
    this.command = command;
  }

  public Refusal getRefusal() {
    return refusal;
  }

  /** The status the record was in. */
  public CareState getState() {
    return state;
  }

  /** The command refused, or {@code null} for a care-team change. */
  public CareCommand getCommand() {
    return command;
  }
}
