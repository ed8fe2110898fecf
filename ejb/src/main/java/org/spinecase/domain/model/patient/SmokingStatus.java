package org.spinecase.domain.model.patient;

/** Smoking status: current smoking is a major risk for fusion and wound healing. */
public enum SmokingStatus {
  NEVER("Never smoked"),
  FORMER("Former smoker"),
  CURRENT("Current smoker"),
  UNKNOWN("Unknown");

  private final String label;

  SmokingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
