package org.spinecase.interfaces.patient.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.LikelyDuplicateException;
import org.spinecase.application.PatientForm;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSummary;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * patients/edit.xhtml?id=. Holds the version the user loaded: the save is refused if someone
 * else saved in between, and the user's input stays in the form next to a note of who changed
 * the record and when, instead of silently overwriting their change.
 */
@Named
@ViewScoped
public class PatientEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "patient";

  @Inject private PatientService service;
  @Inject private ClinicCalendar calendar;
  @Inject private SignedInClinician clinician;

  private String idParam;
  private Long id;
  private Patient patient;
  private PatientForm form;
  private long loadedVersion;
  private List<PatientSummary> candidates = List.of();
  /** The record as someone else saved it, after a refused save; null while there is none. */
  private Patient current;

  public void load() {
    if (!clinician.isMayRegisterPatients()) {
      // readers may open the patient, not a form they could not save
      ErrorPages.forbidden();
      return;
    }
    id = ErrorPages.parseId(idParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    patient = service.get(id);
    form = PatientForm.from(patient);
    loadedVersion = patient.getVersion();
  }

  public void checkDuplicates() {
    form.setDuplicateConfirmed(false);
    candidates =
        service.likelyDuplicates(form.getFamilyName(), form.getGivenName(), form.getDateOfBirth(), id);
  }

  public String save() {
    try {
      service.update(id, loadedVersion, form);
      PageMessages.infoAfterRedirect(PageMessages.text("pt", "edit.saved"));
      return "/patients/view?faces-redirect=true&id=" + id;
    } catch (StaleRecordException e) {
      current = service.get(id);
      return null;
    } catch (LikelyDuplicateException e) {
      candidates = e.getCandidates();
      PageMessages.warn(PageMessages.text("pt", "duplicates.refused"));
      return null;
    } catch (InvalidInputException e) {
      FieldViolationMessages.show(FORM, e.getViolations());
      return null;
    }
  }

  /** The same person check as on registration, when an edit makes the patient look like another. */
  public String saveAsDifferentPerson() {
    form.setDuplicateConfirmed(true);
    return save();
  }

  public boolean isConflict() {
    return current != null;
  }

  public String getCurrentChangedAt() {
    return current == null ? "" : calendar.dateTime(current.getChangedAt());
  }

  public Patient getCurrent() {
    return current;
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

  public PatientForm getForm() {
    return form;
  }

  public List<PatientSummary> getCandidates() {
    return candidates;
  }
}
