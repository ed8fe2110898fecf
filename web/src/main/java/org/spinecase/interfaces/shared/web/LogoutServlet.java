package org.spinecase.interfaces.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends the application session and then the Keycloak session (RP-initiated logout), so that a
 * shared clinic workstation does not silently sign the next person in as the previous one.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    signOut(request, response, "/");
  }

  /**
   * Ends both sessions and sends the browser to {@code landing} (a path in the application), which
   * asks for the credentials again. The browser's storage is cleared too: drafts of unsaved input
   * (resources/spinecase/guard.js) must not outlive the session that typed them.
   */
  static void signOut(HttpServletRequest request, HttpServletResponse response, String landing)
      throws IOException, ServletException {
    String idToken = null;
    String issuer = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
      idToken = oidc.getOidcSecurityContext().getIDTokenString();
      issuer = oidc.getOidcSecurityContext().getToken().getIssuer();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    response.setHeader("Clear-Site-Data", "\"storage\"");

    String home = appUrl(request) + landing;
    if (issuer == null) {
      response.sendRedirect(home);
      return;
    }
    StringBuilder endSession =
        new StringBuilder(issuer).append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(URLEncoder.encode(home, StandardCharsets.UTF_8));
    if (idToken != null) {
      endSession.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    }
    response.sendRedirect(endSession.toString());
  }

  /** A plain link must not log anybody out (a prefetch would); GET only explains that. */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(appUrl(request) + "/");
  }

  private static String appUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
