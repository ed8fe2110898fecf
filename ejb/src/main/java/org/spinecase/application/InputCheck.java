package org.spinecase.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs Bean Validation on a form and reports every problem at once as an {@link
 * InvalidInputException}, the one exception the web pages and the REST API turn into field
 * messages.
 *
 * <p>Done in the service rather than with {@code @Valid} on its parameters: method validation would
 * throw {@code ConstraintViolationException}, which the EJB container wraps as a system exception
 * and which would give callers two different shapes for the same mistake.
 */
final class InputCheck {

  private static final Comparator<FieldViolation> BY_FIELD =
      Comparator.comparing(FieldViolation::field, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FieldViolation::message);

  private InputCheck() {}

  static void requireValid(Validator validator, Object input) {
    requireValid(validator, input, List.of());
  }

  /**
   * As {@link #requireValid(Validator, Object)}, with the service's own checks of the same input
   * ({@code more}) reported in the same answer, so that no problem waits for a second round.
   */
  static void requireValid(Validator validator, Object input, List<FieldViolation> more) {
    if (input == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    List<FieldViolation> violations =
        Stream.concat(
                validator.validate(input).stream().map(InputCheck::toFieldViolation), more.stream())
            .sorted(BY_FIELD)
            .toList();
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return new FieldViolation(path.isEmpty() ? null : path, violation.getMessage());
  }
}
