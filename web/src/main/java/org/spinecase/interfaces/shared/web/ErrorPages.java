package org.spinecase.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends the friendly error pages from a view action, before anything of the page is written:
 * 404 for an address that names no record (a missing or non-numeric id, answered exactly like a
 * record that does not exist, so ids cannot be probed) and 403 for a page the user's roles do not
 * open. The services check the roles again; this only spares the user a form they cannot save.
 */
public final class ErrorPages {

  private ErrorPages() {}

  public static void notFound() {
    send(HttpServletResponse.SC_NOT_FOUND);
  }

  public static void forbidden() {
    send(HttpServletResponse.SC_FORBIDDEN);
  }

  private static void send(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** The record id from a request parameter, or {@code null} when it is missing or not a number. */
  public static Long parseId(String text) {
    if (text == null || !text.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(text.strip());
  }
}
