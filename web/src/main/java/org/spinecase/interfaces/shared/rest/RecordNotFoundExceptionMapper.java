package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.spinecase.application.RecordNotFoundException;

/**
 * 404 for a record that does not exist and for one the caller may not see alike, so that ids
 * cannot be probed (docs/roles.md, "Object-level access").
 */
@Provider
public class RecordNotFoundExceptionMapper implements ExceptionMapper<RecordNotFoundException> {

  @Override
  public Response toResponse(RecordNotFoundException exception) {
    return ErrorBody.response(Response.Status.NOT_FOUND, exception.getMessage());
  }
}
