package org.spinecase.domain.model.workup;

/**
 * Sedation given with a block. Sedation confounds the response (the patient may report relief from
 * the sedative rather than the block), so a block done under sedation is marked as such wherever
 * its relief is shown.
 */
public enum Sedation {
  NONE("None"),
  ANXIOLYSIS("Minimal (anxiolysis)"),
  CONSCIOUS_SEDATION("Moderate (conscious sedation)");

  private final String label;

  Sedation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean confoundsResponse() {
    return this != NONE;
  }
}
