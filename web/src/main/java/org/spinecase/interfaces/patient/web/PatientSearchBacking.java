package org.spinecase.interfaces.patient.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSummary;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * patients/search.xhtml. The filter lives in the URL (q, dob), so a search is a redirect to the
 * bookmarkable address; paging and sorting then run by Ajax on that view.
 */
@Named
@ViewScoped
public class PatientSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PatientService service;
  @Inject private SignedInClinician clinician;

  /** Shared with the list model, which reads the filter when it loads a page. */
  private final PatientSearch criteria = new PatientSearch();

  private PatientListModel patients;

  /** Before rendering: the list loads while the page is written, too late for a clean 403. */
  public void checkAccess() {
    if (!clinician.isClinical()) {
      ErrorPages.forbidden();
    }
  }

  public String find() {
    return "/patients/search?faces-redirect=true&includeViewParams=true";
  }

  public LazyDataModel<PatientSummary> getPatients() {
    if (patients == null) {
      patients = new PatientListModel(service, criteria);
    }
    return patients;
  }

  public String getQ() {
    return criteria.getText();
  }

  public void setQ(String q) {
    criteria.setText(q == null || q.isBlank() ? null : q.strip());
  }

  public LocalDate getDob() {
    return criteria.getDateOfBirth();
  }

  public void setDob(LocalDate dob) {
    criteria.setDateOfBirth(dob);
  }
}
