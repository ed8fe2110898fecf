package org.spinecase.domain.model.casefile;

/** What happened in an episode of care, as the timeline names it. */
public enum EventKind {
  REFERRAL_RECEIVED("Referral received"),
  DOCUMENT_ATTACHED("Document attached"),
  INFORMATION_REQUESTED("More information requested"),
  INFORMATION_RECEIVED("Information received"),
  REFERRAL_ACCEPTED("Referral accepted, case opened"),
  REFERRAL_DECLINED("Referral declined"),
  STATUS_CHANGED("Status changed"),
  MEMBER_ADDED("Joined the care team"),
  MEMBER_REMOVED("Left the care team"),
  LEAD_CHANGED("Lead clinician changed"),
  /** A positive red flag found in the workup: the case needs an urgent plan. */
  RED_FLAG_RAISED("Red flag found in workup");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
