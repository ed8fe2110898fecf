package org.spinecase.domain.model.workup;

/**
 * Sensation in a dermatome compared with normal skin. Increased sensation (hyperaesthesia,
 * allodynia) is kept apart from reduced because it points to a neuropathic rather than a
 * compressive loss.
 */
public enum Sensation {
  NORMAL("Normal"),
  REDUCED("Reduced"),
  ABSENT("Absent"),
  INCREASED("Increased");

  private final String label;

  Sensation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
