package org.spinecase.domain.model.outcome;

/** Whether a time point's questionnaires are still to be answered. */
public enum MeasureSetStatus {
  OPEN("Open"),
  DONE("Done");

  private final String label;

  MeasureSetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
