package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.spinecase.application.StaleRecordException;

/** 409: the client's version is not the current one; it must fetch the record again. */
@Provider
public class StaleRecordExceptionMapper implements ExceptionMapper<StaleRecordException> {

  @Override
  public Response toResponse(StaleRecordException exception) {
    return ErrorBody.response(Response.Status.CONFLICT, exception.getMessage());
  }
}
