package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The workup refused a change for a reason the interfaces answer differently: the caller's
 * discipline may not do it (403), the workup is signed (409), or it is not complete enough to sign
 * (422). The message is a sentence for the clinician naming what is wrong.
 */
public class WorkupRefused extends ClinicalRuleViolation {

  private static final long serialVersionUID = 1L;

  /** Why the change was refused. */
  public enum Reason {
    /** The author's discipline may not write this section or sign. */
    ROLE,
    /** The workup is signed: only an addendum may be added. */
    SIGNED,
    /** Signing was refused because required sections are incomplete. */
    INCOMPLETE,
    /** An addendum was offered for a workup not yet signed, which is still edited directly. */
    NOT_SIGNED
  }

  private final Reason reason;

  public WorkupRefused(Reason reason, String message) {
    super(null, message);
    this.reason = reason;
  }

  public Reason getReason() {
    return reason;
  }
}
