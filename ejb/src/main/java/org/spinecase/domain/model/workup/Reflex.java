package org.spinecase.domain.model.workup;

/** The deep tendon reflexes tested, with the root each mainly tests. */
public enum Reflex {
  PATELLAR("Patellar (knee jerk)", "L4"),
  ACHILLES("Achilles (ankle jerk)", "S1");

  private final String label;
  private final String root;

  Reflex(String label, String root) {
    this.label = label;
    this.root = root;
  }

  public String label() {
    return label;
  }

  public String root() {
    return root;
  }
}
