package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.spinecase.application.InvalidInputException;

/** The service's refusal of the input (its own checks and the clinical rules) as 400. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    return ErrorBody.response(
        400,
        "The input is not valid.",
        exception.getViolations().stream().map(v -> new Violation(v.field(), v.message())).toList());
  }
}
