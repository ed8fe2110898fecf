package org.spinecase.application.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Set;

/**
 * The user the EJB container is acting for.
 *
 * <p>A session bean because its {@link SessionContext} is the one view of the caller that is the
 * same whether the call came from a page, the REST API or a timer; the web layer's own security
 * objects do not exist in the latter cases.
 */
@Stateless
@PermitAll
@DeclareRoles({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST,
  Roles.ADMIN
})
public class CurrentUser {

  @Resource private SessionContext session;

  /** The login name (Keycloak {@code preferred_username}), "anonymous" when not logged in. */
  public String username() {
    return session.getCallerPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return session.isCallerInRole(role);
  }

  /** The application roles the caller holds, as the domain's rules take them. */
  public Set<String> roleSet() {
    return Set.copyOf(roles());
  }

  /** The application roles the caller holds, in {@link Roles#ALL} order. */
  public List<String> roles() {
    return Roles.ALL.stream().filter(session::isCallerInRole).toList();
  }
}
