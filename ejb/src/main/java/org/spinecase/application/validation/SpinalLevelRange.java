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

/**
 * Spinal levels as surgeons write them (L5, L4-L5, L5-S1, T12-L1), upper vertebra first; see {@link
 * org.spinecase.domain.model.patient.SpinalLevels}. {@code null} and blank count as valid, so that
 * "required" stays a separate message.
 */
@Documented
@Constraint(validatedBy = SpinalLevelRangeValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SpinalLevelRange {

  String message() default "Levels must look like L4-L5, L5-S1 or T12-L1, from upper to lower.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
