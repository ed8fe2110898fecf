package org.spinecase.domain.model.workup;

/**
 * The agent injected. Comparative blocks use a short-acting and a long-acting agent and expect
 * relief to last accordingly.
 */
public enum LocalAnaesthetic {
  LIDOCAINE("Lidocaine"),
  BUPIVACAINE("Bupivacaine"),
  LEVOBUPIVACAINE("Levobupivacaine"),
  ROPIVACAINE("Ropivacaine");

  private final String label;

  LocalAnaesthetic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
