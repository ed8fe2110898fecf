package org.spinecase.domain.model.casefile;

/** Where an open case stands, from the workup to discharge. */
public enum CaseStatus implements CareState {
  WORKUP("Workup in progress"),
  READY_FOR_MDT("Ready for MDT"),
  MDT_DECIDED("MDT decision made"),
  PLAN_AGREED("Plan agreed"),
  IN_TREATMENT("In treatment"),
  FOLLOW_UP("Follow-up"),
  CLOSED("Closed");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String recordName() {
    return "case";
  }

  public boolean isOpen() {
    return this != CLOSED;
  }
}
