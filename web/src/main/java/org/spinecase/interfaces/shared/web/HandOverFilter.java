package org.spinecase.interfaces.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Enforces the tablet hand-over (TabletHandOver): while a session is locked to a questionnaire,
 * every page, link, bookmark or Back outside it leads back to the questionnaire, and anything that
 * is not a page view (a form post, the API) is refused. Only the questionnaire's own page with its
 * Ajax requests and resources, the hand-back and the logout pass.
 */
@WebFilter(urlPatterns = "/*")
public class HandOverFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Long locked = TabletHandOver.lockedResponse(request);
    if (locked == null || passes(request, locked)) {
      chain.doFilter(request, response);
      return;
    }
    // nothing from the clinician's pages may be shown or cached on the patient's tablet
    response.setHeader("Cache-Control", "no-store");
    if ("GET".equals(request.getMethod()) && !request.getServletPath().startsWith("/api/")) {
      response.sendRedirect(TabletHandOver.questionnaire(request, locked));
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static boolean passes(HttpServletRequest request, long locked) {
    String path = request.getServletPath();
    if (path.startsWith(RESOURCES) || path.equals(HandBackServlet.PATH) || path.equals("/logout")) {
      return true;
    }
    if (!path.equals(TabletHandOver.TABLET_PAGE)) {
      return false;
    }
    // the questionnaire's postbacks carry no parameter; a page view must be the locked response
    String asked = request.getParameter("response");
    return !"GET".equals(request.getMethod()) || String.valueOf(locked).equals(asked);
  }
}
