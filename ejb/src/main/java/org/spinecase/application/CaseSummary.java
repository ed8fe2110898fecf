package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import org.spinecase.domain.model.casefile.CaseStatus;

/**
 * A case as one line of a list: enough to recognise and open it, built in the query without loading
 * the case.
 */
public record CaseSummary(
    long caseId,
    long referralId,
    long patientId,
    CaseStatus status,
    String statusLabel,
    String leadName,
    boolean redFlag,
    Instant openedAt)
    implements Serializable {

  /** For the query's constructor expression; the label follows from the status. */
  public CaseSummary(
      Long caseId,
      Long referralId,
      Long patientId,
      CaseStatus status,
      String leadName,
      Boolean redFlag,
      Instant openedAt) {
    this(caseId, referralId, patientId, status, status.label(), leadName, redFlag, openedAt);
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public long getCaseId() {
    return caseId;
  }

  public long getReferralId() {
    return referralId;
  }

  public long getPatientId() {
    return patientId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getStatusLabel() {
    return statusLabel;
  }

  public String getLeadName() {
    return leadName;
  }

  public boolean isRedFlag() {
    return redFlag;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
