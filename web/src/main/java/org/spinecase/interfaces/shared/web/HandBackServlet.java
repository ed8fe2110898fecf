package org.spinecase.interfaces.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "For the clinician" on the tablet: the patient hands the tablet back. The session ends here and
 * at Keycloak, so only the clinician's credentials lift the hand-over; after signing in again they
 * land on the desktop form of the same response, to finish and score it.
 */
@WebServlet(HandBackServlet.PATH + "/*")
public class HandBackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/handback";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Long locked = TabletHandOver.lockedResponse(request);
    // Keycloak accepts no query in the post-logout address: the response id travels in the path
    LogoutServlet.signOut(request, response, locked == null ? "/" : PATH + "/" + locked);
  }

  /**
   * Where Keycloak sends the browser after the hand-back: signed in again, the clinician goes on to
   * the desktop form of the response. A link or a prefetch never ends a session here.
   */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    response.sendRedirect(request.getContextPath()
        + (id.matches("\\d{1,18}") ? "/outcomes/record.xhtml?response=" + id : "/"));
  }
}
