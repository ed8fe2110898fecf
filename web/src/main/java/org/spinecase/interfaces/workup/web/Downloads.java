package org.spinecase.interfaces.workup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a file the browser saves; clinical documents are never kept in shared caches. */
final class Downloads {

  private Downloads() {}

  static void send(HttpServletResponse response, byte[] content, String mediaType, String disposition)
      throws IOException {
    response.setContentType(mediaType);
    response.setContentLengthLong(content.length);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(content);
  }
}
