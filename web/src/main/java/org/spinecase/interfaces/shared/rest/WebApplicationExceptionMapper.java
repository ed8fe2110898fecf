package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method, wrong media type) in the API's
 * error shape, keeping their headers (e.g. Allow) and leaving out the runtime's internal wording.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.hasEntity()) {
      return original;
    }
    int status = original.getStatus();
    return Response.fromResponse(original)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(status, messageFor(original), List.of()))
        .build();
  }

  private static String messageFor(Response response) {
    return switch (response.getStatus()) {
      case 400 -> "The request is not valid.";
      case 401 -> "Sign in first: the API needs a bearer token from the clinic's Keycloak realm.";
      case 403 -> "Your role does not allow this action.";
      case 404 -> "Not found.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "The API answers in application/json only.";
      case 415 -> "Send the request body as application/json.";
      default -> response.getStatusInfo().getReasonPhrase();
    };
  }
}
