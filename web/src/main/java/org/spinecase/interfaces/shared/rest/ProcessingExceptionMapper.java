package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JAX-RS runtime reports an unreadable JSON body as a ProcessingException around the JSON
 * binding's error: that is the client's mistake (400). Any other processing failure is ours.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(ProcessingExceptionMapper.class.getName());

  @Override
  public Response toResponse(ProcessingException exception) {
    if (UnreadableBody.isCauseOf(exception)) {
      return UnreadableBody.response(exception);
    }
    LOG.log(Level.SEVERE, "REST request failed while processing", exception);
    return UnexpectedExceptionMapper.internalError();
  }
}
