package org.spinecase.domain.model.workup;

/**
 * Whether the patient can do a functional test such as walking on the heels (L4-L5) or on the toes
 * (S1).
 */
public enum Performance {
  ABLE("Able"),
  UNABLE("Unable");

  private final String label;

  Performance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
