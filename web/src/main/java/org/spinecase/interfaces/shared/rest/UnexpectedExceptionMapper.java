package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: 500 with a generic message, the details only in the server log.
 *
 * <p>Known failures often arrive wrapped, e.g. a Bean Validation error inside an EJBException or
 * an unreadable body inside the runtime's reader exception; JAX-RS then picks this mapper for the
 * wrapper. So the causes are tried first against the specific mappers, and only a failure none
 * of them knows counts as unexpected.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private Providers providers;

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      ExceptionMapper<Throwable> mapper = mapperFor(cause);
      if (mapper != null && !(mapper instanceof UnexpectedExceptionMapper)) {
        return mapper.toResponse(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (UnreadableBody.isCauseOf(exception)) {
      return UnreadableBody.response(exception);
    }
    LOG.log(Level.SEVERE, "Unexpected failure of a REST request", exception);
    return internalError();
  }

  static Response internalError() {
    return ErrorBody.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "The request could not be completed because of an error on the server. It has been logged;"
            + " if it happens again, tell the clinic's IT with the time and the X-Request-Id of the response.");
  }

  @SuppressWarnings("unchecked")
  private ExceptionMapper<Throwable> mapperFor(Throwable cause) {
    return providers == null ? null : (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
  }
}
