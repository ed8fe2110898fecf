package org.spinecase.domain.model.workup;

/**
 * The result of the substance-use screen of the psychosocial section; a positive screen matters for
 * opioid stewardship and for implant selection.
 */
public enum SubstanceUseScreen {
  NEGATIVE("Negative"),
  POSITIVE("Positive"),
  DECLINED("Declined by the patient");

  private final String label;

  SubstanceUseScreen(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
