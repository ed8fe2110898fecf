package org.spinecase.domain.model.workup;

/**
 * What gadolinium shows in the tissue at the operated level. Epidural scar is vascular and
 * enhances; a disc fragment does not, apart from a thin rim of enhancing tissue around it. This is
 * what tells recurrent disc (possibly worth operating on) from fibrosis (not).
 */
public enum EnhancementPattern {
  ENHANCING_SCAR("Enhancing tissue: epidural scar"),
  NON_ENHANCING_DISC_WITH_RIM("Non-enhancing with rim enhancement: disc"),
  DISC_AND_SCAR("Both disc and scar"),
  NO_EPIDURAL_TISSUE("No abnormal epidural tissue");

  private final String label;

  EnhancementPattern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
