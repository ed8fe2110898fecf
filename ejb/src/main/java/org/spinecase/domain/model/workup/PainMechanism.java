package org.spinecase.domain.model.workup;

/**
 * The pain mechanisms of the case; a case can have several (mixed pain), so the diagnosis holds a
 * set.
 */
public enum PainMechanism {
  NOCICEPTIVE("Nociceptive"),
  NEUROPATHIC("Neuropathic"),
  NOCIPLASTIC("Nociplastic");

  private final String label;

  PainMechanism(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
