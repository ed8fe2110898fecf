package org.spinecase.domain.model.workup;

/** How a prior treatment worked, as the patient reports it. */
public enum TreatmentResponse {
  NO_BENEFIT("No benefit"),
  SHORT_TERM_BENEFIT("Benefit for less than 3 months"),
  LASTING_BENEFIT("Benefit for 3 months or more"),
  WORSE("Made the pain worse"),
  NOT_TOLERATED("Stopped: not tolerated");

  private final String label;

  TreatmentResponse(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
