package org.spinecase.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.spinecase.application.AuditTrail;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.infrastructure.persistence.BreakGlassRepository;
import org.spinecase.infrastructure.persistence.CaseFileRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The one place that decides whether the caller may see a referral, a document or a case, and that
 * logs the answer.
 *
 * <p>Case data is for the case's care team. Coordinators see the administrative side of every
 * referral and case; surgeons and pain specialists see referrals waiting for triage (the pool they
 * triage from) and the ones they triaged themselves; anyone else needs a break-glass grant for the
 * patient. A refusal is logged as denied and answered as "not found", exactly like a record that
 * does not exist, so that nobody can learn which ids are in use. Worklists apply the same rule in
 * their SQL (see {@code WorklistQueries}).
 *
 * <p>A CDI bean rather than a session bean: it runs inside the service call that asked, in its
 * transaction and with its caller, and is no entry point of its own.
 */
@ApplicationScoped
public class CareAccess {

  public static final String REFERRAL = "Referral";
  public static final String ATTACHMENT = "Attachment";
  public static final String CASE_FILE = "CaseFile";

  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private CaseFileRepository cases;
  @Inject private BreakGlassRepository grants;

  /** Lets the access to the referral go ahead and logs it, or logs and throws not found. */
  public void checkReferral(Referral referral, AccessAction action) {
    allowOrRefuse(
        referralGrounds(referral), action, REFERRAL, referral.getId(), patientOf(referral));
  }

  /** As {@link #checkReferral}: a document is visible to whoever may see its referral. */
  public void checkAttachment(Attachment attachment, AccessAction action) {
    Referral referral = attachment.getReferral();
    allowOrRefuse(
        referralGrounds(referral), action, ATTACHMENT, attachment.getId(), patientOf(referral));
  }

  /** Lets the access to the case go ahead and logs it, or logs and throws not found. */
  public void checkCase(CaseFile caseFile, AccessAction action) {
    allowOrRefuse(
        caseGrounds(caseFile), action, CASE_FILE, caseFile.getId(), caseFile.getPatient().getId());
  }

  /**
   * As {@link #checkCase}, for a record that belongs to the case (a questionnaire response, a
   * safety alert): the case's rule decides, the log and a refusal name the record itself.
   */
  public void checkCaseRecord(
      CaseFile caseFile, AccessAction action, String recordType, long recordId) {
    allowOrRefuse(
        caseGrounds(caseFile), action, recordType, recordId, caseFile.getPatient().getId());
  }

  /** Whether the caller may see the case, without logging: for a banner that only leaves out. */
  public boolean maySeeCase(CaseFile caseFile) {
    return caseGrounds(caseFile).isPresent();
  }

  /** Whether the caller may see the case without logging: for lists that only leave rows out. */
  public boolean maySeeAnyCaseOf(long patientId) {
    return currentUser.hasRole(Roles.COORDINATOR) || activeGrant(patientId).isPresent();
  }

  /** The caller's break-glass grant in force for the patient. */
  public Optional<BreakGlassGrant> activeGrant(long patientId) {
    return grants.active(patientId, currentUser.username(), ClinicClock.now());
  }

  /** Logs a request for a record that does not exist and returns the exception to throw. */
  public RecordNotFoundException notFound(AccessAction action, String recordType, long id) {
    auditTrail.record(action, AccessOutcome.DENIED, recordType, id, null);
    return new RecordNotFoundException(recordType, id);
  }

  /**
   * Why the caller may see the referral, if they may. Triage is open to every surgeon and pain
   * specialist; after triage the one who triaged still sees the decision they signed.
   */
  private Optional<Grounds> referralGrounds(Referral referral) {
    Set<String> roles = currentUser.roleSet();
    String username = currentUser.username();
    boolean triager = roles.contains(Roles.SURGEON) || roles.contains(Roles.PAIN_SPECIALIST);
    if (roles.contains(Roles.COORDINATOR)
        || (triager && referral.getStatus().isAwaitingTriage())
        || (triager && username.equals(referral.getTriagedBy()))
        || (referral.getCaseFile() != null
            && cases.isActiveMember(referral.getCaseFile().getId(), username))) {
      return Optional.of(Grounds.ORDINARY);
    }
    return breakGlass(patientOf(referral));
  }

  private Optional<Grounds> caseGrounds(CaseFile caseFile) {
    if (currentUser.hasRole(Roles.COORDINATOR)
        || caseFile.hasActiveMember(currentUser.username())) {
      return Optional.of(Grounds.ORDINARY);
    }
    return breakGlass(caseFile.getPatient().getId());
  }

  private Optional<Grounds> breakGlass(long patientId) {
    return activeGrant(patientId).map(grant -> new Grounds(grant.getReason()));
  }

  private void allowOrRefuse(
      Optional<Grounds> grounds, AccessAction action, String recordType, long id, long patientId) {
    if (grounds.isEmpty()) {
      auditTrail.record(action, AccessOutcome.DENIED, recordType, id, patientId);
      throw new RecordNotFoundException(recordType, id);
    }
    auditTrail.record(
        action, AccessOutcome.ALLOWED, recordType, id, patientId, grounds.get().breakGlassReason());
  }

  private static long patientOf(Referral referral) {
    return referral.getPatient().getId();
  }

  /** Why access was allowed: on ordinary grounds, or under a break-glass grant with its reason. */
  private record Grounds(String breakGlassReason) {
    static final Grounds ORDINARY = new Grounds(null);
  }
}
