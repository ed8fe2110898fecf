package org.spinecase.interfaces.referral.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.spinecase.application.CaseSummary;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.LikelyDuplicateException;
import org.spinecase.application.PatientForm;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSort;
import org.spinecase.application.PatientSummary;
import org.spinecase.application.ReferralForm;
import org.spinecase.application.ReferralService;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.IsoDateConverter;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * referrals/new.xhtml[?patientId=]: referral intake for an existing patient (found by search) or
 * one registered in the same form. View scoped: the chosen patient, the files already checked and
 * a refused likely duplicate survive the round trips until the referral is saved.
 */
@Named
@ViewScoped
public class ReferralNewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "referral";
  private static final String UPLOAD = FORM + ":upload";
  private static final int SUGGESTIONS = 10;
  /** Enough for a letter and its reports; more belongs on the referral page afterwards. */
  static final int MAX_FILES = 10;

  @Inject private ReferralService referrals;
  @Inject private PatientService patients;
  @Inject private SignedInClinician clinician;

  private String patientIdParam;
  private final ReferralForm form = new ReferralForm();
  private final List<RedFlagChoice> flags =
      Arrays.stream(RedFlag.values()).map(RedFlagChoice::new).toList();
  private final List<PendingAttachment> attachments = new ArrayList<>();

  /** The existing patient chosen, with surgeries for the index surgery. */
  private Patient patient;
  private PatientSummary chosen;
  private List<CaseSummary> openCases = List.of();
  /** The patients last offered by the search, so that the choice converts back without a query. */
  private final Map<Long, PatientSummary> offered = new LinkedHashMap<>();

  private boolean registeringPatient;
  private PatientForm newPatient;
  private List<PatientSummary> candidates = List.of();

  public void load() {
    if (!clinician.isMayReceiveReferrals()) {
      ErrorPages.forbidden();
      return;
    }
    if (form.getReceivedOn() == null) {
      form.setReceivedOn(ClinicTime.today());
    }
    if (patientIdParam != null) {
      Long id = ErrorPages.parseId(patientIdParam);
      if (id == null) {
        ErrorPages.notFound();
        return;
      }
      choose(patients.get(id));
    }
  }

  // ---- patient ----

  /** The autocomplete's suggestions: by name or MRN, or by date of birth when one is typed. */
  public List<PatientSummary> findPatients(String query) {
    String text = query == null ? "" : query.strip();
    LocalDate dateOfBirth = asDate(text);
    PatientSearch search = dateOfBirth == null ? new PatientSearch(text, null) : new PatientSearch(null, dateOfBirth);
    List<PatientSummary> found = patients.search(search, 0, SUGGESTIONS, PatientSort.NAME, true).rows();
    offered.clear();
    found.forEach(p -> offered.put(p.id(), p));
    return found;
  }

  public void patientChosen() {
    if (chosen != null) {
      choose(patients.get(chosen.id()));
    }
  }

  private void choose(Patient found) {
    patient = found;
    chosen = PatientSummary.of(found);
    form.setIndexSurgeryId(null);
    openCases = referrals.openCasesOf(found.getId());
  }

  public void changePatient() {
    patient = null;
    chosen = null;
    openCases = List.of();
    form.setIndexSurgeryId(null);
    PrimeFaces.current().focus(FORM + ":patient");
  }

  public void registerNewPatient() {
    changePatient();
    registeringPatient = true;
    if (newPatient == null) {
      newPatient = new PatientForm();
    }
    PrimeFaces.current().focus(FORM + ":familyName");
  }

  public void chooseExistingPatient() {
    registeringPatient = false;
    candidates = List.of();
    PrimeFaces.current().focus(FORM + ":patient");
  }

  /** As on registration: the warning comes while typing, not after saving. */
  public void checkDuplicates() {
    newPatient.setDuplicateConfirmed(false);
    candidates =
        patients.likelyDuplicates(
            newPatient.getFamilyName(), newPatient.getGivenName(), newPatient.getDateOfBirth(), null);
  }

  // ---- red flags ----

  /** Ticking a red flag makes the referral a red-flag referral at once (the domain's rule). */
  public void flagChanged() {
    if (flags.stream().anyMatch(RedFlagChoice::isTicked)) {
      form.setUrgency(Urgency.RED_FLAG);
    }
  }

  // ---- attachments ----

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String fileName = UploadCheck.baseName(file.getFileName());
    if (attachments.size() >= MAX_FILES) {
      PageMessages.fieldError(UPLOAD, PageMessages.text("rf", "attachments.tooMany", MAX_FILES));
      return;
    }
    byte[] content = UploadCheck.contentOf(file);
    var problem = UploadCheck.problem(fileName, content, Attachment.maxBytes());
    if (problem.isPresent()) {
      PageMessages.fieldError(UPLOAD, problem.get());
      return;
    }
    DocumentType type = DocumentType.sniff(content).orElseThrow();
    DocumentKind kind = attachments.isEmpty() ? DocumentKind.REFERRAL_LETTER : DocumentKind.OUTSIDE_REPORT;
    // the list of files (a live region) is the confirmation
    attachments.add(new PendingAttachment(fileName, type, content, kind));
  }

  public void removeAttachment(int index) {
    if (index >= 0 && index < attachments.size()) {
      PendingAttachment removed = attachments.remove(index);
      PageMessages.info(PageMessages.text("rf", "attachments.removed", removed.getFileName()));
    }
    PrimeFaces.current().focus(UPLOAD);
  }

  // ---- saving ----

  public String save() {
    // no patient yet is the service's refusal too, reported with every other field at once
    form.setPatientId(registeringPatient || patient == null ? null : patient.getId());
    form.setNewPatient(registeringPatient ? newPatient : null);
    Set<RedFlag> ticked = EnumSet.noneOf(RedFlag.class);
    flags.stream().filter(RedFlagChoice::isTicked).forEach(choice -> ticked.add(choice.getFlag()));
    form.setRedFlags(ticked);
    form.setAttachments(attachments.stream().map(PendingAttachment::toUpload).toList());
    try {
      Referral referral = referrals.receive(form);
      PageMessages.infoAfterRedirect(PageMessages.text("rf", "new.saved"));
      return "/referrals/view?faces-redirect=true&id=" + referral.getId();
    } catch (LikelyDuplicateException e) {
      candidates = e.getCandidates();
      PageMessages.warn(PageMessages.text("rf", "new.duplicateRefused"));
      return null;
    } catch (InvalidInputException e) {
      ReferralViolations.show(FORM, e.getViolations());
      return null;
    }
  }

  /** "This is a different person — register anyway". */
  public String saveAsDifferentPerson() {
    newPatient.setDuplicateConfirmed(true);
    return save();
  }

  // ---- views ----

  /** The patient's most recent open case, for the banner. */
  public CaseSummary getCurrentCase() {
    return openCases.isEmpty() ? null : openCases.get(0);
  }

  public boolean isPatientChosen() {
    return patient != null;
  }

  public boolean isIndexSurgeryChoice() {
    return patient != null && !patient.getActiveSurgeries().isEmpty();
  }

  /** "12 Mar 2019 · L4-L5 Microdiscectomy", as the surgery appears in the choice. */
  public String surgeryLabel(PriorSpineSurgery surgery) {
    return ClinicTime.date(surgery.getSurgeryDate(), viewLocale()) + " · " + surgery.describe();
  }

  private static Locale viewLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** How a suggestion reads: "MÜLLER, Anna · SC-0000018 · 21 Mar 1968". */
  public String patientLabel(PatientSummary summary) {
    if (summary == null) {
      return "";
    }
    return summary.familyName().toUpperCase(Locale.ROOT)
        + ", " + summary.givenName()
        + " · " + summary.mrn()
        + " · " + ClinicTime.date(summary.dateOfBirth(), viewLocale());
  }

  public String maxSize() {
    return FileSizes.format(Attachment.maxBytes());
  }

  /** Converts the chosen suggestion back from its id; only patients just offered are accepted. */
  public Converter<PatientSummary> getPatientConverter() {
    return new Converter<>() {
      @Override
      public PatientSummary getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = ErrorPages.parseId(value);
        if (id == null) {
          return null;
        }
        PatientSummary summary = offered.get(id);
        return summary != null ? summary : (chosen != null && chosen.id() == id ? chosen : null);
      }

      @Override
      public String getAsString(FacesContext context, UIComponent component, PatientSummary value) {
        return value == null ? "" : String.valueOf(value.id());
      }
    };
  }

  private static LocalDate asDate(String text) {
    if (!text.matches("\\d{1,4}[-.]\\d{1,2}[-.]\\d{1,4}")) {
      return null;
    }
    try {
      return new IsoDateConverter().getAsObject(FacesContext.getCurrentInstance(), null, text);
    } catch (ConverterException notADate) {
      return null;
    }
  }

  public String getPatientId() {
    return patientIdParam;
  }

  public void setPatientId(String patientId) {
    this.patientIdParam = patientId;
  }

  public ReferralForm getForm() {
    return form;
  }

  public List<RedFlagChoice> getFlags() {
    return flags;
  }

  public List<PendingAttachment> getAttachments() {
    return attachments;
  }

  public Patient getPatient() {
    return patient;
  }

  public PatientSummary getChosen() {
    return chosen;
  }

  public void setChosen(PatientSummary chosen) {
    this.chosen = chosen;
  }

  public List<CaseSummary> getOpenCases() {
    return openCases;
  }

  public boolean isRegisteringPatient() {
    return registeringPatient;
  }

  public PatientForm getNewPatient() {
    return newPatient;
  }

  public List<PatientSummary> getCandidates() {
    return candidates;
  }
}
