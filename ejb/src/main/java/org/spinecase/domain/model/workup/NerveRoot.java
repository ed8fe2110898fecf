package org.spinecase.domain.model.workup;

/** The lumbosacral nerve roots examined by EMG/NCS. */
public enum NerveRoot {
  L2("L2"),
  L3("L3"),
  L4("L4"),
  L5("L5"),
  S1("S1");

  private final String label;

  NerveRoot(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
