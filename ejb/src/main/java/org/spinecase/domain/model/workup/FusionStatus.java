package org.spinecase.domain.model.workup;

/**
 * Whether an attempted fusion has healed on CT. A failed fusion (pseudarthrosis) is one of the FBSS
 * causes; ICD-10 M96.0.
 */
public enum FusionStatus {
  FUSED("Solid fusion"),
  INDETERMINATE("Indeterminate"),
  NOT_FUSED("Not fused (pseudarthrosis)"),
  NO_FUSION_ATTEMPTED("No fusion attempted");

  private final String label;

  FusionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
