package org.spinecase.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.spinecase.application.ClinicianDirectory;

/**
 * Records the signed-in clinician in the clinician directory once per browser session, so that
 * colleagues can choose them as lead or care-team member. The directory is a list of people, never
 * an authority: access always comes from the token. The REST API records its callers itself.
 */
@WebFilter(urlPatterns = "/*")
public class DirectoryLoginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String RECORDED = DirectoryLoginFilter.class.getName() + ".recorded";
  private static final String API = "/api/";

  @Inject ClinicianDirectory directory;
  @Inject SignedInClinician clinician;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && !request.getServletPath().startsWith(API)) {
      HttpSession session = request.getSession();
      if (session.getAttribute(RECORDED) == null) {
        // the name colleagues know them by, from the token (the directory keeps the latest)
        directory.recordLogin(clinician.getDisplayName());
        session.setAttribute(RECORDED, Boolean.TRUE);
      }
    }
    chain.doFilter(request, response);
  }
}
