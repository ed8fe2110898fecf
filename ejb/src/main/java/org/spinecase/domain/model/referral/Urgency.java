package org.spinecase.domain.model.referral;

/** How soon the referrer needs an answer; a red flag jumps every queue. */
public enum Urgency {
  ROUTINE("Routine"),
  URGENT("Urgent"),
  RED_FLAG("Red flag");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
