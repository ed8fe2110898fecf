package org.spinecase.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.spinecase.application.security.Roles;

/**
 * The lists clinicians land on after signing in, each for the roles whose work it holds: the
 * coordinator's intake lists, the triage queue and own cases of surgeons and pain specialists, and
 * the care teams of therapists.
 */
public enum Worklist {
  NEW_REFERRALS("New referrals", false, Roles.COORDINATOR),
  AWAITING_INFORMATION("Waiting for information", false, Roles.COORDINATOR),
  OVERDUE_TRIAGE("Overdue triage", false, Roles.COORDINATOR),
  TRIAGE_QUEUE("Referrals to triage", false, Roles.SURGEON, Roles.PAIN_SPECIALIST),
  MY_CASES("My cases", true, Roles.SURGEON, Roles.PAIN_SPECIALIST),
  READY_FOR_MDT("Ready for MDT", true, Roles.SURGEON, Roles.PAIN_SPECIALIST),
  TEAM_CASES("My care teams", true, Roles.PHYSIOTHERAPIST, Roles.PSYCHOLOGIST),
  /** Due and overdue outcome measure sets; the coordinator books the visits, so sees them all. */
  MEASURES_DUE(
      "Measures due",
      true,
      Roles.COORDINATOR,
      Roles.SURGEON,
      Roles.PAIN_SPECIALIST,
      Roles.PHYSIOTHERAPIST,
      Roles.PSYCHOLOGIST),
  /**
   * Workup studies ordered and not yet resulted: the coordinator chases them for every open case,
   * the leads for the cases on whose team they are.
   */
  STUDIES_OUTSTANDING(
      "Studies awaiting results", true, Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST),
  /**
   * PHQ-9 item 9 safety alerts not yet acknowledged, on the cases of the caller's care teams: the
   * clinicians who must act. Not the coordinator's: the alert's question is clinical content.
   */
  SAFETY_ALERTS(
      "Safety alerts",
      true,
      Roles.SURGEON,
      Roles.PAIN_SPECIALIST,
      Roles.PHYSIOTHERAPIST,
      Roles.PSYCHOLOGIST);

  private final String label;
  private final boolean caseList;
  private final List<String> roles;

  Worklist(String label, boolean caseList, String... roles) {
    this.label = label;
    this.caseList = caseList;
    this.roles = List.of(roles);
  }

  /** The lists for someone holding these roles, in this order; none for the administrator. */
  public static List<Worklist> forRoles(Set<String> roles) {
    return Arrays.stream(values()).filter(list -> list.isFor(roles)).toList();
  }

  public boolean isFor(Set<String> callerRoles) {
    return callerRoles != null && roles.stream().anyMatch(callerRoles::contains);
  }

  public String label() {
    return label;
  }

  /** Rows are cases (with a care team) rather than referrals waiting for triage. */
  public boolean isCaseList() {
    return caseList;
  }
}
