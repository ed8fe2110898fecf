package org.spinecase.interfaces.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecase.application.ClinicianDirectory;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Records each API caller in the clinician directory once per bearer token, the REST counterpart
 * of the pages' once per session, so that someone who only ever uses the API can still be chosen
 * for a care team. The directory is a list of people, never an authority.
 *
 * <p>Tokens already recorded are remembered by their id; the memory is dropped when it grows large,
 * which costs one more harmless upsert per caller.
 */
@Provider
@ApplicationScoped
public class ApiCallerDirectory implements ContainerRequestFilter {

  private static final int REMEMBERED_TOKENS = 10_000;

  private final Map<String, Boolean> recorded = new ConcurrentHashMap<>();

  @Inject ClinicianDirectory directory;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof OidcPrincipal<?> oidc)) {
      return;
    }
    AccessToken token = oidc.getOidcSecurityContext().getToken();
    String key = principal.getName() + "/" + (token.getID() != null ? token.getID() : token.getIssuedAt());
    if (recorded.containsKey(key)) {
      return;
    }
    if (recorded.size() >= REMEMBERED_TOKENS) {
      recorded.clear();
    }
    // a failure to record leaves the token unmarked, so the next request tries again
    recorded.computeIfAbsent(key, unseen -> {
      directory.recordLogin(token.getName());
      return Boolean.TRUE;
    });
  }
}
