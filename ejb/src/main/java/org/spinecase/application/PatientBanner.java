package org.spinecase.application;

import java.io.Serializable;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;

/**
 * What the patient banner shows on every page about a patient: who (the patient), where the
 * current case stands (status, lead) and what must not be missed (red flag, urgent plan, open
 * safety alerts, break-glass access in force). One read model for every page, so that no page can
 * say "no open case" of a patient whose case another page shows.
 *
 * @param caseId the case the banner speaks of: the one shown on a case page, elsewhere the
 *     patient's most recent open case the user may see; {@code null} for none
 * @param hiddenCase whether the patient has case data the user may not see (the banner then does
 *     not claim there is no case)
 * @param openSafetyAlerts PHQ-9 item 9 alerts on that case not yet acknowledged
 */
public record PatientBanner(
    Patient patient,
    Long caseId,
    String caseStatus,
    String leadName,
    boolean redFlag,
    boolean urgentPlanNeeded,
    long openSafetyAlerts,
    boolean hiddenCase,
    BreakGlassGrant grant)
    implements Serializable {

  /** The banner of a case page (or a page inside a case) from the case already loaded. */
  public static PatientBanner ofCase(CaseFile caseFile, long openSafetyAlerts, BreakGlassGrant grant) {
    return new PatientBanner(
        caseFile.getPatient(),
        caseFile.getId(),
        caseFile.getStatus().label(),
        caseFile.getLeadName(),
        caseFile.isRedFlag(),
        caseFile.isUrgentPlanNeeded(),
        openSafetyAlerts,
        false,
        grant);
  }

  /** The banner of a page about the patient, with the current case as a list row gives it. */
  public static PatientBanner ofPatient(
      Patient patient,
      CaseSummary current,
      long openSafetyAlerts,
      boolean hiddenCase,
      BreakGlassGrant grant) {
    return new PatientBanner(
        patient,
        current == null ? null : current.caseId(),
        current == null ? null : current.statusLabel(),
        current == null ? null : current.leadName(),
        current != null && current.redFlag(),
        false,
        current == null ? 0 : openSafetyAlerts,
        hiddenCase,
        grant);
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public Patient getPatient() {
    return patient;
  }

  public Long getCaseId() {
    return caseId;
  }

  public boolean isHasCase() {
    return caseId != null;
  }

  public String getCaseStatus() {
    return caseStatus;
  }

  public String getLeadName() {
    return leadName;
  }

  public boolean isRedFlag() {
    return redFlag;
  }

  public boolean isUrgentPlanNeeded() {
    return urgentPlanNeeded;
  }

  public long getOpenSafetyAlerts() {
    return openSafetyAlerts;
  }

  public boolean isHiddenCase() {
    return hiddenCase;
  }

  public BreakGlassGrant getGrant() {
    return grant;
  }
}
