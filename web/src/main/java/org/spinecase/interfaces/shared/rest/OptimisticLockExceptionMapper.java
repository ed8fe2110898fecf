package org.spinecase.interfaces.shared.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 409 for a concurrent save the database caught at commit, after the service's own version
 * check had passed: the same situation as a stale version, seen a moment later.
 */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException exception) {
    return ErrorBody.response(
        Response.Status.CONFLICT,
        "This record was changed by someone else at the same time. Reload it and apply your changes again.");
  }
}
