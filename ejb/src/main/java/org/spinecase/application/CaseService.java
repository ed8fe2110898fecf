package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.infrastructure.persistence.CaseFileRepository;
import org.spinecase.infrastructure.persistence.CurrentRevision;

/**
 * The case's use cases: read it, move it through the lifecycle, manage its care team.
 *
 * <p>Open to every clinical role by annotation, because who may act depends on the case: its care
 * team ({@link CareAccess} answers a case the caller may not see as not found) and the lifecycle's
 * table (the case refuses a command with the lifecycle's sentence). Every method returns the case
 * loaded whole, team and timeline, in a fixed number of queries.
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
public class CaseService {

  private static final String CASE_FILE = CareAccess.CASE_FILE;

  @Inject private CaseFileRepository cases;
  @Inject private Clinicians clinicians;
  @Inject private MeasureSets measureSets;
  @Inject private CurrentRevision revision;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  public CaseFile get(long caseId) {
    return load(caseId, AccessAction.READ);
  }

  /** Gives a lifecycle command; see {@link CaseFile#apply}. */
  public CaseFile apply(long caseId, long version, CareCommand command, String reason) {
    if (command == null) {
      throw new InvalidInputException("command", "Choose what to do with the case.");
    }
    CaseFile caseFile = loadForChange(caseId, version);
    CaseStatus before = caseFile.getStatus();
    caseFile.apply(command, currentUser.username(), currentUser.roleSet(), reason);
    if (before != CaseStatus.IN_TREATMENT && caseFile.getStatus() == CaseStatus.IN_TREATMENT) {
      measureSets.treatmentStarted(caseFile, caseFile.getStatusSince());
    }
    save(caseFile);
    return caseFile;
  }

  /** Adds someone from the directory to the team; the coordinator or the lead may. */
  public CaseFile addMember(long caseId, long version, String username) {
    CaseFile caseFile = loadForChange(caseId, version);
    caseFile.addMember(
        clinicians.find(username, "username"), currentUser.username(), currentUser.roleSet());
    save(caseFile);
    return caseFile;
  }

  /** Ends someone's membership (never the lead's); the coordinator or the lead may. */
  public CaseFile removeMember(long caseId, long version, String username, String reason) {
    CaseFile caseFile = loadForChange(caseId, version);
    caseFile.removeMember(username, currentUser.username(), currentUser.roleSet(), reason);
    save(caseFile);
    return caseFile;
  }

  /** Hands the lead to a surgeon or pain specialist; the coordinator or the lead may. */
  public CaseFile changeLead(long caseId, long version, String username) {
    CaseFile caseFile = loadForChange(caseId, version);
    caseFile.changeLead(
        clinicians.find(username, "username"), currentUser.username(), currentUser.roleSet());
    save(caseFile);
    return caseFile;
  }

  /**
   * The patient's cases the caller may see: all of them for coordinators and under a break-glass
   * grant, otherwise those with the caller on the team.
   */
  public List<CaseSummary> casesOf(long patientId) {
    List<CaseSummary> visible =
        access.maySeeAnyCaseOf(patientId)
            ? cases.casesOf(patientId)
            : cases.casesOfWithMember(patientId, currentUser.username());
    auditTrail.record(AccessAction.SEARCH, AccessOutcome.ALLOWED, CASE_FILE, null, patientId);
    return visible;
  }

  private CaseFile load(long caseId, AccessAction action) {
    CaseFile caseFile =
        cases.findComplete(caseId).orElseThrow(() -> access.notFound(action, CASE_FILE, caseId));
    access.checkCase(caseFile, action);
    return caseFile;
  }

  private CaseFile loadForChange(long caseId, long version) {
    CaseFile caseFile = load(caseId, AccessAction.UPDATE);
    RecordWrites.requireVersion(caseFile.getVersion(), version, CASE_FILE, caseId);
    return caseFile;
  }

  /** Writes now, in a revision named after the caller; a concurrent save shows as stale. */
  private void save(CaseFile caseFile) {
    revision.attributeToCaller();
    RecordWrites.flushOrStale(cases::flush, CASE_FILE, caseFile.getId());
  }
}
