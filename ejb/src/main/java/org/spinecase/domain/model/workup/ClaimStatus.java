package org.spinecase.domain.model.workup;

/**
 * The state of a lawsuit or compensation claim about the back, asked because an open claim is a
 * recognised pre-operative risk factor and confounds outcomes.
 */
public enum ClaimStatus {
  NONE("None"),
  OPEN("Open"),
  SETTLED("Settled or closed");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
