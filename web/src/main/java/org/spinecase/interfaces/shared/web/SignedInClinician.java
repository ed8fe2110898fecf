package org.spinecase.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.application.security.Roles;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Who is signed in, as the frame shows it: display name, roles and the menu entries they allow.
 * Roles are read from the token on every request, so a change in Keycloak takes effect at the
 * clinician's next login without anything stored here.
 */
@Named("clinician")
@RequestScoped
public class SignedInClinician {

  /** In the order the frame lists them. */
  private static final List<String> ROLES =
      List.of(
          Roles.SURGEON,
          Roles.PAIN_SPECIALIST,
          Roles.PHYSIOTHERAPIST,
          Roles.PSYCHOLOGIST,
          Roles.COORDINATOR,
          Roles.ADMIN);

  @Inject HttpServletRequest request;

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public String getDisplayName() {
    AccessToken token = accessToken();
    String name = token == null ? null : token.getName();
    return name == null || name.isBlank() ? getUsername() : name;
  }

  /** Role keys (e.g. "pain-specialist"); the view turns them into the clinic's words. */
  public List<String> getRoles() {
    return ROLES.stream().filter(request::isUserInRole).toList();
  }

  public boolean isClinical() {
    return Roles.CLINICAL.stream().anyMatch(request::isUserInRole);
  }

  public boolean isMayRegisterPatients() {
    return Roles.REGISTRARS.stream().anyMatch(request::isUserInRole);
  }

  public boolean isAdmin() {
    return request.isUserInRole(Roles.ADMIN);
  }

  public boolean isCoordinator() {
    return request.isUserInRole(Roles.COORDINATOR);
  }

  /** Surgeons and pain specialists triage referrals and run cases. */
  public boolean isMayTriage() {
    return request.isUserInRole(Roles.SURGEON) || request.isUserInRole(Roles.PAIN_SPECIALIST);
  }

  /**
   * Surgeons, pain specialists, physiotherapists and psychologists record and read outcome scores;
   * the coordinator sees only which measure sets are due.
   */
  public boolean isMayRecordOutcomes() {
    return request.isUserInRole(Roles.SURGEON)
        || request.isUserInRole(Roles.PAIN_SPECIALIST)
        || request.isUserInRole(Roles.PHYSIOTHERAPIST)
        || request.isUserInRole(Roles.PSYCHOLOGIST);
  }

  /** Referral intake is open to the roles that register patients. */
  public boolean isMayReceiveReferrals() {
    return isMayRegisterPatients();
  }

  /** The caller's roles as a set, for the domain's questions ("which commands may I give?"). */
  public Set<String> getRoleSet() {
    return Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.toUnmodifiableSet());
  }

  private AccessToken accessToken() {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
      return oidc.getOidcSecurityContext().getToken();
    }
    return null;
  }
}
