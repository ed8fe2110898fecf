package org.spinecase.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.spinecase.domain.model.patient.SpinalLevels;

/** Checks {@link SpinalLevelRange} with the domain's own rule. */
public class SpinalLevelRangeValidator implements ConstraintValidator<SpinalLevelRange, String> {

  @Override
  public boolean isValid(String levels, ConstraintValidatorContext context) {
    return levels == null || levels.isBlank() || SpinalLevels.isValid(levels);
  }
}
