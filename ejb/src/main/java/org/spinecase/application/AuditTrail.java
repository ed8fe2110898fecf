package org.spinecase.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.RequestOrigin;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * Writes the access log: who read, searched or changed which patient record, and whether they were
 * allowed to.
 *
 * <p>Each entry is saved in a transaction of its own, so that a denial or a failed change is logged
 * even though the caller's transaction rolls back. A failure to log fails the access: the clinic
 * must be able to show every access, so an unlogged read is not an option. Open to every
 * authenticated and unauthenticated caller because denials must be logged too.
 */
@Stateless
@PermitAll
public class AuditTrail {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  @Inject private CurrentUser currentUser;

  @Inject private RequestOrigin requestOrigin;

  /**
   * Logs one access.
   *
   * @param recordType simple name of the record's class, e.g. {@code Patient}
   * @param recordId the record's id, {@code null} for searches
   * @param patientId the patient the record belongs to, {@code null} when none or unknown
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      AccessAction action,
      AccessOutcome outcome,
      String recordType,
      Long recordId,
      Long patientId) {
    record(action, outcome, recordType, recordId, patientId, null);
  }

  /**
   * Logs one access made under a break-glass grant, with the reason the clinician gave, so that the
   * privacy officer reads each access next to its justification.
   *
   * @param breakGlassReason the grant's reason, {@code null} for access on ordinary grounds
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      AccessAction action,
      AccessOutcome outcome,
      String recordType,
      Long recordId,
      Long patientId,
      String breakGlassReason) {
    Origin origin = origin();
    entityManager.persist(
        AccessLogEntry.of(action, outcome, ClinicClock.now())
            .by(currentUser.username(), origin.subject(), String.join(",", currentUser.roles()))
            .concerning(recordType, recordId, patientId)
            .from(origin.clientAddress(), origin.requestId())
            .becauseOf(breakGlassReason));
  }

  /** Work not started by a web request (timers, startup) has no origin to record. */
  private Origin origin() {
    try {
      return new Origin(
          requestOrigin.getClientAddress(),
          requestOrigin.getRequestId(),
          requestOrigin.getSubject());
    } catch (ContextNotActiveException noRequest) {
      return Origin.UNKNOWN;
    }
  }

  private record Origin(String clientAddress, String requestId, String subject) {
    static final Origin UNKNOWN = new Origin(null, null, null);
  }
}
