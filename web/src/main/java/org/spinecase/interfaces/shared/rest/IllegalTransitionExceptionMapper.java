package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.spinecase.domain.model.casefile.IllegalTransitionException;

/**
 * The lifecycle's refusal with its own sentence ("A case in status Workup in progress cannot be
 * closed by a physiotherapist"): 409 Conflict when the referral or case is not in a status that
 * allows the step (it may later), 403 Forbidden when the caller's roles never allow it or the step
 * is for the care team's physicians and the caller is not one of them.
 */
@Provider
public class IllegalTransitionExceptionMapper implements ExceptionMapper<IllegalTransitionException> {

  @Override
  public Response toResponse(IllegalTransitionException exception) {
    Response.Status status =
        exception.getRefusal() == IllegalTransitionException.Refusal.STATUS
            ? Response.Status.CONFLICT
            : Response.Status.FORBIDDEN;
    return ErrorBody.response(status, exception.getMessage());
  }
}
