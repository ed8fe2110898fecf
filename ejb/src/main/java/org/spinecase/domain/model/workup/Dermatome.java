package org.spinecase.domain.model.workup;

/**
 * The lumbar and first sacral dermatomes tested for sensation, L1 to S1 as the reference lists
 * them.
 */
public enum Dermatome {
  L1("L1"),
  L2("L2"),
  L3("L3"),
  L4("L4"),
  L5("L5"),
  S1("S1");

  private final String label;

  Dermatome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
