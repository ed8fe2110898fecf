package org.spinecase.interfaces.shared.http;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.domain.model.casefile.IllegalTransitionException;

/**
 * The download servlets' common part: what the service hands out for a request (answering 404
 * for what does not exist or is not visible, 403 for a role or status that may not have it), and
 * the file written so that the browser saves it; clinical documents are never kept in shared
 * caches.
 */
public final class Downloads {

  private Downloads() {}

  /** The service's answer, or empty with the error already sent. */
  public static <T> Optional<T> fetch(HttpServletResponse response, Supplier<T> service) throws IOException {
    try {
      return Optional.of(service.get());
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (EJBAccessException | IllegalTransitionException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return Optional.empty();
  }

  public static void send(HttpServletResponse response, byte[] content, String mediaType, String disposition)
      throws IOException {
    response.setContentType(mediaType);
    response.setContentLengthLong(content.length);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(content);
  }
}
