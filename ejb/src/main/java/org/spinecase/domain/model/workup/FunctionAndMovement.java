package org.spinecase.domain.model.workup;

import java.util.List;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The physiotherapist's own section: how far the patient walks and how long they sit before pain
 * stops them, in minutes, and the assessment of function and movement in the physiotherapist's
 * words. Complete once the assessment is written.
 */
public record FunctionAndMovement(
    Integer walkingToleranceMinutes, Integer sittingToleranceMinutes, String assessment)
    implements SectionContent {

  public FunctionAndMovement {
    minutes("walkingToleranceMinutes", walkingToleranceMinutes);
    minutes("sittingToleranceMinutes", sittingToleranceMinutes);
    assessment = FreeText.limited("assessment", "Assessment", FreeText.tidyBlock(assessment), 4000);
  }

  private static void minutes(String field, Integer value) {
    if (value != null && (value < 0 || value > 600)) {
      throw new ClinicalRuleViolation(field, "Tolerance must be 0 to 600 minutes.");
    }
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.FUNCTION_AND_MOVEMENT;
  }

  @Override
  public List<String> missing() {
    return assessment == null ? List.of("assessment") : List.of();
  }
}
