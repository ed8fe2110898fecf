package org.spinecase.domain.model.workup;

/**
 * The surgical scar as examined. Drainage and dehiscence are also infection signs, which the
 * red-flag checklist asks about.
 */
public enum WoundState {
  HEALED("Healed"),
  TENDER("Healed, tender"),
  ERYTHEMA("Erythema"),
  DRAINAGE("Drainage"),
  DEHISCENCE("Dehiscence");

  private final String label;

  WoundState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
