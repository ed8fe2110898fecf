package org.spinecase.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 when the service's @RolesAllowed refuses the caller's roles (the service logs it). */
@Provider
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException exception) {
    return ErrorBody.response(Response.Status.FORBIDDEN, "Your role does not allow this action.");
  }
}
