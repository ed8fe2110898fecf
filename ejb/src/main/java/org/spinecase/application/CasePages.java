package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.infrastructure.persistence.CaseFileRepository;
import org.spinecase.infrastructure.persistence.MeasureSetRepository;
import org.spinecase.infrastructure.persistence.OutcomeRepository;
import org.spinecase.infrastructure.persistence.PatientRepository;
import org.spinecase.infrastructure.persistence.WorkupRepository;

/**
 * The read side of the pages about a case and a patient: each page gets one read model from one
 * call, as Cargo Tracker's booking facade hands its routing page a {@code CargoRoute}.
 *
 * <p>One call means one load and one access check, so one access-log entry per record shown: a
 * page that asked three services for the parts of the same case loaded and logged it each time.
 */
@Stateless
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST
})
public class CasePages {

  private static final String CASE_FILE = CareAccess.CASE_FILE;

  @Inject private CaseFileRepository cases;
  @Inject private PatientRepository patients;
  @Inject private OutcomeRepository outcomes;
  @Inject private MeasureSetRepository measureSets;
  @Inject private WorkupRepository workups;
  @Inject private WorkupStore workupStore;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  /**
   * The case page: the case whole, its banner, timeline, measure sets, workup progress and, for
   * the roles that record outcomes, its responses and alerts. The one access-log entry names the
   * case (and the patient); everything shown belongs to it.
   */
  public CasePage page(long caseId) {
    CaseFile caseFile =
        cases
            .findComplete(caseId)
            .orElseThrow(() -> access.notFound(AccessAction.READ, CASE_FILE, caseId));
    access.checkCase(caseFile, AccessAction.READ);
    BreakGlassGrant grant = access.activeGrant(caseFile.getPatient().getId()).orElse(null);
    boolean clinical = seesScores();
    List<InstrumentResponse> responses = outcomes.ofCase(caseId);
    List<SafetyAlert> alerts = outcomes.alertsOfCase(caseId);
    long open = alerts.stream().filter(SafetyAlert::isOpen).count();
    List<TimelineEntry> timeline = CaseTimeline.of(caseFile, responses, alerts, clinical);
    String me = currentUser.username();
    WorkupView workup =
        WorkupViews.of(
            workupStore.load(caseFile, workups.workupOfCase(caseId)),
            WorkupReader.of(caseFile, me, currentUser.hasRole(Roles.COORDINATOR)),
            List.of());
    return new CasePage(
        caseFile,
        PatientBanner.ofCase(caseFile, open, grant),
        timeline,
        timeline.stream().filter(TimelineEntry::isMdtDecision).findFirst().orElse(null),
        measureSets.ofCase(caseId),
        clinical ? responses : List.of(),
        clinical ? alerts : List.of(),
        workup);
  }

  /**
   * The banner of a page about the patient (record, history, referral): the most recent open case
   * the caller may see, with its chips. A case the caller may not see is never named; the banner
   * then says there is case data they may not see. The read of the case is logged once.
   */
  public PatientBanner banner(long patientId) {
    Patient patient =
        patients
            .find(patientId)
            .orElseThrow(() -> access.notFound(AccessAction.READ, "Patient", patientId));
    BreakGlassGrant grant = access.activeGrant(patientId).orElse(null);
    String me = currentUser.username();
    boolean seesAll = currentUser.hasRole(Roles.COORDINATOR) || grant != null;
    List<CaseSummary> open =
        seesAll ? cases.openCasesOf(patientId) : cases.openCasesOfWithMember(patientId, me);
    CaseSummary current = open.isEmpty() ? null : open.get(0);
    boolean hidden = !seesAll && cases.countCasesOfWithoutMember(patientId, me) > 0;
    long alerts = 0;
    if (current != null) {
      alerts = outcomes.openAlertCount(current.caseId());
      auditTrail.record(
          AccessAction.READ,
          AccessOutcome.ALLOWED,
          CASE_FILE,
          current.caseId(),
          patientId,
          grant == null ? null : grant.getReason());
    }
    return PatientBanner.ofPatient(patient, current, alerts, hidden, grant);
  }

  /** Scores, responses, alert questions and notes: the roles that record outcomes. */
  private boolean seesScores() {
    return currentUser.hasRole(Roles.SURGEON)
        || currentUser.hasRole(Roles.PAIN_SPECIALIST)
        || currentUser.hasRole(Roles.PHYSIOTHERAPIST)
        || currentUser.hasRole(Roles.PSYCHOLOGIST);
  }
}
