package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.Optional;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.infrastructure.persistence.BreakGlassRepository;
import org.spinecase.infrastructure.persistence.CaseFileRepository;
import org.spinecase.infrastructure.persistence.PatientRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * Breaking the glass: a clinician outside a patient's care teams states why they need the record
 * and gets time-limited access to that one patient; the privacy officer reviews every such access.
 *
 * <p>The grant is logged when made, and every read made with it is logged again with its reason by
 * {@link CareAccess}. The administrator may review grants but never break the glass: separation of
 * duties keeps the reviewer out of clinical content.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
// Every clinical role by default; methods narrow it where the clinic's rules do. Object-level
// access (care team, break glass) is checked inside, through CareAccess.
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST
})
public class BreakGlassService {

  /** Largest review page, so that no request loads the whole history. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final String GRANT = BreakGlassGrant.class.getSimpleName();
  private static final String PATIENT = "Patient";

  @Inject private BreakGlassRepository grants;
  @Inject private PatientRepository patients;
  @Inject private CaseFileRepository cases;
  @Inject private CurrentUser currentUser;
  @Inject private CareAccess access;
  @Inject private AuditTrail auditTrail;

  /** Grants the caller access to the patient's case data for the configured time. */
  public BreakGlassGrant breakGlass(long patientId, String reason) {
    if (patients.find(patientId).isEmpty()) {
      throw access.notFound(AccessAction.BREAK_GLASS, PATIENT, patientId);
    }
    BreakGlassGrant grant =
        BreakGlassGrant.grant(
            patientId,
            currentUser.username(),
            String.join(",", currentUser.roles()),
            reason,
            ClinicClock.now(),
            BreakGlassGrant.configuredDuration());
    grants.add(grant);
    grants.flush();
    auditTrail.record(
        AccessAction.BREAK_GLASS,
        AccessOutcome.ALLOWED,
        GRANT,
        grant.getId(),
        patientId,
        grant.getReason());
    return grant;
  }

  /** The caller's grant in force for the patient, for the banner that shows until when. */
  public Optional<BreakGlassGrant> activeGrant(long patientId) {
    return access.activeGrant(patientId);
  }

  /**
   * Whether the patient has cases the caller may not see, so that the patient's page can offer to
   * break the glass. Says only that such a case exists, which the offer itself would say anyway.
   */
  public boolean hasHiddenCaseData(long patientId) {
    return !access.maySeeAnyCaseOf(patientId)
        && cases.countCasesOfWithoutMember(patientId, currentUser.username()) > 0;
  }

  /** Grants newest first, for review; no clinical content, only who, which patient id and why. */
  @RolesAllowed(Roles.ADMIN)
  public BreakGlassPage grants(int first, int pageSize, boolean unreviewedOnly) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    BreakGlassPage page =
        new BreakGlassPage(
            grants.page(Math.max(0, first), size, unreviewedOnly), grants.count(unreviewedOnly));
    auditTrail.record(AccessAction.SEARCH, AccessOutcome.ALLOWED, GRANT, null, null);
    return page;
  }

  @RolesAllowed(Roles.ADMIN)
  public BreakGlassGrant markReviewed(long grantId, String note) {
    BreakGlassGrant grant =
        grants
            .find(grantId)
            .orElseThrow(() -> access.notFound(AccessAction.UPDATE, GRANT, grantId));
    grant.markReviewed(currentUser.username(), note, ClinicClock.now());
    RecordWrites.flushOrStale(grants::flush, GRANT, grantId);
    auditTrail.record(
        AccessAction.UPDATE, AccessOutcome.ALLOWED, GRANT, grantId, grant.getPatientId());
    return grant;
  }
}
