package org.spinecase.interfaces.patient.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.SurgeryForm;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * patients/view.xhtml?id=: the patient's record, with adding a prior surgery and marking one as
 * entered in error for those who may register patients (the service checks the role again).
 */
@Named
@ViewScoped
public class PatientViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SURGERY_FORM = "surgery";
  private static final String REASON_FIELD = "errorForm:reason";

  @Inject private PatientService service;

  private String idParam;
  private Long id;
  private Patient patient;
  private SurgeryForm newSurgery = new SurgeryForm();
  private PriorSpineSurgery surgeryInError;
  private String reason;

  public void load() {
    id = ErrorPages.parseId(idParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    patient = service.get(id);
  }

  public void addSurgery() {
    try {
      service.addSurgery(id, newSurgery);
      newSurgery = new SurgeryForm();
      patient = service.get(id);
      PageMessages.info(PageMessages.text("pt", "view.surgeryAdded"));
    } catch (InvalidInputException e) {
      FieldViolationMessages.show(SURGERY_FORM, e.getViolations());
    }
  }

  /** Remembers which surgery the confirmation dialog is about, with the version shown. */
  public void chooseForEnteredInError(long surgeryId) {
    surgeryInError =
        patient.getSurgeries().stream().filter(s -> s.getId() == surgeryId).findFirst().orElse(null);
    reason = null;
  }

  public void markEnteredInError() {
    if (surgeryInError == null) {
      return;
    }
    try {
      service.markSurgeryEnteredInError(surgeryInError.getId(), surgeryInError.getVersion(), reason);
      PageMessages.info(PageMessages.text("pt", "view.markedEnteredInError"));
    } catch (StaleRecordException e) {
      PageMessages.error(PageMessages.text("pt", "view.surgeryChanged"));
    } catch (InvalidInputException e) {
      // the dialog stays open with the reason next to the field
      for (FieldViolation violation : e.getViolations()) {
        PageMessages.fieldError(REASON_FIELD, violation.message());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    surgeryInError = null;
    reason = null;
    patient = service.get(id);
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public SurgeryForm getNewSurgery() {
    return newSurgery;
  }

  public PriorSpineSurgery getSurgeryInError() {
    return surgeryInError;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
