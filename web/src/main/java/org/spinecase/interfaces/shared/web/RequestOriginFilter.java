package org.spinecase.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.spinecase.application.security.RequestOrigin;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Hands the audit trail what only the HTTP layer knows: the client address, a request id that
 * also goes back to the client (so a support call can be matched to the log), and the Keycloak
 * subject of the caller.
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String REQUEST_ID_HEADER = "X-Request-Id";

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = UUID.randomUUID().toString();
    origin.setRequestId(requestId);
    origin.setClientAddress(request.getRemoteAddr());
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
      origin.setSubject(oidc.getOidcSecurityContext().getToken().getSubject());
    }
    response.setHeader(REQUEST_ID_HEADER, requestId);
    chain.doFilter(request, response);
  }
}
