package org.spinecase.application.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A date no earlier than 1 January of the given year; {@code null} counts as valid. */
@Documented
@Constraint(validatedBy = NotBeforeYearValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NotBeforeYear {

  int value();

  String message() default "Date must not be before {value}.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
