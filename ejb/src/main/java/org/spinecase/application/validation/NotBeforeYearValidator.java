package org.spinecase.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link NotBeforeYear}. */
public class NotBeforeYearValidator implements ConstraintValidator<NotBeforeYear, LocalDate> {

  private LocalDate earliest;

  @Override
  public void initialize(NotBeforeYear annotation) {
    earliest = LocalDate.of(annotation.value(), 1, 1);
  }

  @Override
  public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
    return date == null || !date.isBefore(earliest);
  }
}
