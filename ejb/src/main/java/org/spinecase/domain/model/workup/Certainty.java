package org.spinecase.domain.model.workup;

/**
 * How sure the team is that a cause contributes to the pain. Excluded causes are kept, with their
 * evidence, so the MDT sees what was looked for and ruled out.
 */
public enum Certainty {
  CONFIRMED("Confirmed"),
  PROBABLE("Probable"),
  POSSIBLE("Possible"),
  EXCLUDED("Excluded");

  private final String label;

  Certainty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
