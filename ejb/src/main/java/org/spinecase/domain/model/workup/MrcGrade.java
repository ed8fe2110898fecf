package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Muscle power on the Medical Research Council scale, 0 (no contraction) to 5 (normal power). Whole
 * grades only; the clinic does not record 4+ or 4-.
 */
public record MrcGrade(int value) {

  public static final MrcGrade NORMAL = new MrcGrade(5);

  private static final String[] LABELS = {
    "0 No contraction",
    "1 Flicker of contraction",
    "2 Active movement with gravity eliminated",
    "3 Active movement against gravity",
    "4 Active movement against gravity and resistance",
    "5 Normal power"
  };

  public MrcGrade {
    if (value < 0 || value > 5) {
      throw new ClinicalRuleViolation("mrcGrade", "MRC grade must be 0 to 5.");
    }
  }

  public static MrcGrade of(int value) {
    return new MrcGrade(value);
  }

  public boolean isWeak() {
    return value < 5;
  }

  public String label() {
    return LABELS[value];
  }
}
