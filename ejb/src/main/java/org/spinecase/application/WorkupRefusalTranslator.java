package org.spinecase.application;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.workup.WorkupRefused;

/**
 * Turns the workup's refusals into the exceptions the interfaces already answer: a discipline that
 * may not do it is refused like a role (403), a signed workup like a status that does not allow
 * the step (409), each with the domain's sentence. Runs inside {@link RuleViolationTranslator},
 * which would otherwise report them as invalid input. Refusals to sign an incomplete workup are
 * listed section by section by the service itself.
 */
public class WorkupRefusalTranslator {

  @AroundInvoke
  public Object translate(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (WorkupRefused refused) {
      IllegalTransitionException.Refusal refusal =
          refused.getReason() == WorkupRefused.Reason.ROLE
              ? IllegalTransitionException.Refusal.ROLE
              : IllegalTransitionException.Refusal.STATUS;
      if (refused.getReason() == WorkupRefused.Reason.INCOMPLETE) {
        throw new InvalidInputException(null, refused.getMessage());
      }
      throw new IllegalTransitionException(refusal, null, null, refused.getMessage());
    }
  }
}
