package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.PatientService;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupSummary;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * workup/summary.xhtml?case=: the one-page workup summary for the MDT and the letter to the
 * referrer, printable, with the same text as the PDF (both from {@link WorkupSummary}).
 */
@Named
@ViewScoped
public class WorkupSummaryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupService workups;
  @Inject private CaseService cases;
  @Inject private PatientService patients;
  @Inject private BreakGlassService breakGlass;
  @Inject private SignedInClinician clinician;

  private String caseParam;
  private long caseId;
  private CaseFile caseFile;
  private Patient patient;
  private BreakGlassGrant grant;
  private WorkupSummary summary;

  public void load() {
    if (!clinician.isMayRecordOutcomes()) {
      // the summary is clinical content: not for the coordinator or the administrator
      ErrorPages.forbidden();
      return;
    }
    Long id = ErrorPages.parseId(caseParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    caseId = id;
    caseFile = cases.get(caseId);
    patient = patients.get(caseFile.getPatient().getId());
    grant = breakGlass.activeGrant(patient.getId()).orElse(null);
    summary = workups.summary(caseId);
  }

  public String getCaseParam() {
    return caseParam;
  }

  public void setCaseParam(String caseParam) {
    this.caseParam = caseParam;
  }

  public long getCaseId() {
    return caseId;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Patient getPatient() {
    return patient;
  }

  public BreakGlassGrant getGrant() {
    return grant;
  }

  public WorkupSummary getSummary() {
    return summary;
  }
}
