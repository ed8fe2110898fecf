package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.patient.SpinalLevels;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Spinal levels a cause, study or injection concerns ({@code L5}, {@code L4-L5}, {@code L5-S1}),
 * written and checked exactly as prior surgeries are ({@link SpinalLevels}), so that a cause at
 * "L4-L5" can be matched to the operation at "L4-L5".
 */
public record Levels(String text) {

  public Levels {
    if (!SpinalLevels.isValid(text)) {
      throw new ClinicalRuleViolation(
          "levels", "Levels must look like L5, L4-L5 or L5-S1, from upper to lower.");
    }
    text = SpinalLevels.canonical(text);
  }

  public static Levels of(String text) {
    return new Levels(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
