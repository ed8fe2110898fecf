package org.spinecase.domain.model.workup;

/**
 * What kind of evidence a cause rests on, as docs/clinical-reference.md lists them. A cause resting on
 * clinical findings alone is weaker than one a block or imaging confirms, and the MDT weighs it so.
 */
public enum EvidenceBasis {
  IMAGING("Imaging"),
  BLOCK("Diagnostic block"),
  CLINICAL("Clinical findings"),
  ELECTRODIAGNOSTIC("Electrodiagnostic");

  private final String label;

  EvidenceBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
