package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The result of a nerve tension test on one leg, with the hip angle in degrees (0-90) at which the
 * pain came on when it was positive and measured.
 */
public record TensionFinding(TestResult result, Integer angleDegrees) {

  public static final TensionFinding NEGATIVE = new TensionFinding(TestResult.NEGATIVE, null);

  public TensionFinding {
    if (result == null) {
      throw new ClinicalRuleViolation("tensionResult", "Positive or negative is required.");
    }
    if (angleDegrees != null) {
      if (!result.isPositive()) {
        throw new ClinicalRuleViolation(
            "angleDegrees", "An angle is recorded only for a positive test.");
      }
      if (angleDegrees < 0 || angleDegrees > 90) {
        throw new ClinicalRuleViolation("angleDegrees", "The angle must be 0 to 90 degrees.");
      }
    }
  }

  public static TensionFinding positiveAt(int angleDegrees) {
    return new TensionFinding(TestResult.POSITIVE, angleDegrees);
  }

  public static TensionFinding positive() {
    return new TensionFinding(TestResult.POSITIVE, null);
  }
}
