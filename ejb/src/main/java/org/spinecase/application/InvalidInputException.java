package org.spinecase.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input breaks a rule; each violation names the field to show it next to. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(violations.isEmpty() ? "The input is not valid." : violations.get(0).message());
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> getViolations() {
    return violations;
  }
}
