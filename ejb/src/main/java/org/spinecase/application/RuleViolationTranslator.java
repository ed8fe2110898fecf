package org.spinecase.application;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Turns a rule the clinical model refused into an {@link InvalidInputException}, so that a caller
 * who skipped or outran the form checks still gets a field message and a rollback instead of a
 * server error.
 */
public class RuleViolationTranslator {

  @AroundInvoke
  public Object translate(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (ClinicalRuleViolation violation) {
      throw new InvalidInputException(violation.getField(), violation.getMessage());
    }
  }
}
