package org.spinecase.domain.model.patient;

/** Diabetes status: affects infection risk and healing after spine surgery. */
public enum DiabetesStatus {
  NONE("No diabetes"),
  TYPE_1("Type 1 diabetes"),
  TYPE_2("Type 2 diabetes"),
  OTHER("Other diabetes"),
  UNKNOWN("Unknown");

  private final String label;

  DiabetesStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
