package org.spinecase.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.RequestOrigin;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.infrastructure.persistence.ClinicianRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * Who the clinic's people are, as seen at sign-in: the pick list for lead clinicians and care
 * teams. Filled by the interfaces once per session (pages) or token (REST), never by hand, so it
 * follows Keycloak without an import.
 */
@Stateless
public class ClinicianDirectory {

  @Inject private ClinicianRepository clinicians;
  @Inject private CurrentUser currentUser;
  @Inject private RequestOrigin requestOrigin;

  /**
   * Records the caller with the display name the web layer put in {@link
   * RequestOrigin#getDisplayName()} (the user name when there is none) and the disciplines of their
   * roles. People without a clinical role (the administrator, anonymous callers) are not recorded:
   * they never join a care team.
   */
  @PermitAll
  public void recordLogin() {
    recordLogin(displayNameFromRequest());
  }

  /** As {@link #recordLogin()}, with the display name given. */
  @PermitAll
  public void recordLogin(String displayName) {
    Set<Discipline> disciplines = Discipline.ofRoles(currentUser.roles());
    if (disciplines.isEmpty()) {
      return;
    }
    String username = currentUser.username();
    Instant now = ClinicClock.now();
    clinicians
        .find(username)
        .ifPresentOrElse(
            known ->
                known.seenAgain(
                    displayName == null ? known.getDisplayName() : displayName, disciplines, now),
            () -> clinicians.add(Clinician.seen(username, displayName, disciplines, now)));
    clinicians.flush();
  }

  /** Everyone who may join a care team, by name. */
  @RolesAllowed({
    Roles.COORDINATOR,
    Roles.SURGEON,
    Roles.PAIN_SPECIALIST,
    Roles.PHYSIOTHERAPIST,
    Roles.PSYCHOLOGIST
  })
  public List<Clinician> clinicians() {
    return clinicians.clinicians();
  }

  private String displayNameFromRequest() {
    try {
      return requestOrigin.getDisplayName();
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }
}
