package org.spinecase.interfaces.patient.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.LikelyDuplicateException;
import org.spinecase.application.PatientForm;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSummary;
import org.spinecase.application.SurgeryForm;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * patients/register.xhtml: the registration form with its prior surgeries. View scoped so that
 * rows added before saving, and a refused likely duplicate, survive the round trips.
 */
@Named
@ViewScoped
public class PatientRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "patient";

  @Inject private PatientService service;
  @Inject private SignedInClinician clinician;

  private final PatientForm form = new PatientForm();
  private List<PatientSummary> candidates = List.of();

  /** Spares a role that may not register the form it could not save. */
  public void checkAccess() {
    if (!clinician.isMayRegisterPatients()) {
      ErrorPages.forbidden();
    }
  }

  /** Called as soon as name or date of birth change, so the warning comes before the typing. */
  public void checkDuplicates() {
    // a confirmation was about the person typed before; a new name or birthday needs a new one
    form.setDuplicateConfirmed(false);
    candidates =
        service.likelyDuplicates(form.getFamilyName(), form.getGivenName(), form.getDateOfBirth(), null);
  }

  public void addSurgery() {
    form.getSurgeries().add(new SurgeryForm());
    PrimeFaces.current().focus(FORM + ":surgery:" + (form.getSurgeries().size() - 1) + ":surgeryDate");
  }

  public void removeSurgery(int index) {
    if (index >= 0 && index < form.getSurgeries().size()) {
      form.getSurgeries().remove(index);
    }
    PrimeFaces.current().focus(FORM + ":addSurgery");
  }

  public String save() {
    try {
      Patient patient = service.register(form);
      PageMessages.infoAfterRedirect(PageMessages.text("pt", "register.saved", patient.getMrn()));
      return "/patients/view?faces-redirect=true&id=" + patient.getId();
    } catch (LikelyDuplicateException e) {
      candidates = e.getCandidates();
      PageMessages.warn(PageMessages.text("pt", "duplicates.refused"));
      return null;
    } catch (InvalidInputException e) {
      FieldViolationMessages.show(FORM, e.getViolations());
      return null;
    }
  }

  /** "This is a different person — register anyway". */
  public String saveAsDifferentPerson() {
    form.setDuplicateConfirmed(true);
    return save();
  }

  public PatientForm getForm() {
    return form;
  }

  public List<PatientSummary> getCandidates() {
    return candidates;
  }
}
