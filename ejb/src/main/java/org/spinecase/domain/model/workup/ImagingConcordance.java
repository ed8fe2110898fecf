package org.spinecase.domain.model.workup;

/**
 * Whether the pre-operative imaging explained the symptoms that led to surgery. Discordant imaging
 * (an operation on a finding that did not explain the pain) is one of the commonest roots of a
 * failed back, a Guyer 2006 'incorrect diagnosis'.
 */
public enum ImagingConcordance {
  CONCORDANT("Concordant: imaging explained the symptoms"),
  PARTIALLY_CONCORDANT("Partially concordant"),
  DISCORDANT("Discordant: imaging did not explain the symptoms"),
  UNKNOWN("Unknown: imaging not available");

  private final String label;

  ImagingConcordance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
