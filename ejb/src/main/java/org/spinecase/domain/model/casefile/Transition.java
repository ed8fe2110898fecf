package org.spinecase.domain.model.casefile;

import java.util.Set;

/**
 * One row of the lifecycle table: in status {@code from}, {@code command} leads to {@code to}, for
 * callers holding one of {@code roles}.
 *
 * @param reasonRequired whether the command needs a reason (a decision the record must explain)
 * @param careTeamOnly whether, beyond the role, the caller must be on the case's care team
 */
public record Transition(
    CareState from,
    CareCommand command,
    CareState to,
    Set<String> roles,
    boolean reasonRequired,
    boolean careTeamOnly) {

  public Transition {
    roles = Set.copyOf(roles);
  }

  /** Whether any of the caller's roles is one this transition is for. */
  public boolean allows(Set<String> callerRoles) {
    return callerRoles.stream().anyMatch(roles::contains);
  }
}
