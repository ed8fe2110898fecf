package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * A tendon reflex graded 0 to 4+: 0 absent, 1+ reduced, 2+ normal, 3+ brisk, 4+ very brisk with
 * clonus. A reduced or absent reflex points to a root lesion, a brisk one away from the lumbar
 * roots.
 */
public record ReflexGrade(int value) {

  public static final ReflexGrade NORMAL = new ReflexGrade(2);

  private static final String[] MEANINGS = {
    "absent", "reduced", "normal", "brisk", "very brisk, with clonus"
  };

  public ReflexGrade {
    if (value < 0 || value > 4) {
      throw new ClinicalRuleViolation("reflexGrade", "Reflex grade must be 0 to 4+.");
    }
  }

  public static ReflexGrade of(int value) {
    return new ReflexGrade(value);
  }

  /** "0", "1+", ... "4+", as written in the notes. */
  public String symbol() {
    return value == 0 ? "0" : value + "+";
  }

  public String label() {
    return symbol() + " " + MEANINGS[value];
  }
}
