package org.spinecase.interfaces.workup.web;

import jakarta.faces.context.FacesContext;
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
  private WorkupCase opened;
  private WorkupSummary summary;

  public void load() {
    if (!clinician.isMayRecordOutcomes()) {
      // the summary is clinical content: not for the coordinator or the administrator
      ErrorPages.forbidden();
      return;
    }
    opened = WorkupCase.open(caseParam, cases, patients, breakGlass);
    if (opened != null) {
      summary =
          workups.summary(
              opened.caseId(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
  }

  public String getCaseParam() {
    return caseParam;
  }

  public void setCaseParam(String caseParam) {
    this.caseParam = caseParam;
  }

  public long getCaseId() {
    return opened == null ? 0 : opened.caseId();
  }

  public CaseFile getCaseFile() {
    return opened == null ? null : opened.caseFile();
  }

  public Patient getPatient() {
    return opened == null ? null : opened.patient();
  }

  public BreakGlassGrant getGrant() {
    return opened == null ? null : opened.grant();
  }

  public WorkupSummary getSummary() {
    return summary;
  }
}
