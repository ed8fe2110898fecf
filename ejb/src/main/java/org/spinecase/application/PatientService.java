package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.patient.MedicalRecordNumber;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PatientDetails;
import org.spinecase.domain.model.patient.PatientFilter;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.SearchName;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.infrastructure.persistence.PatientRepository;
import org.spinecase.infrastructure.persistence.CurrentRevision;
import org.spinecase.infrastructure.persistence.PatientRevisions;

/**
 * The patient registry's use cases: register, find, edit, record prior surgeries, read the history.
 *
 * <p>This is the security boundary: every method names the roles that may call it, and every read,
 * search and change is written to the access log. The rules themselves live on {@link Patient} and
 * {@link PriorSpineSurgery}; this class loads, checks versions and saves.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
// Reading and searching the registry is for every clinical role; the methods that change it
// narrow this to the registrars.
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST
})
public class PatientService {

  /** Largest page a list may ask for, so that no request loads the whole registry. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final String PATIENT = Patient.class.getSimpleName();
  private static final String SURGERY = PriorSpineSurgery.class.getSimpleName();
  private static final String HISTORY = "PatientHistory";

  @Inject private PatientRepository patients;
  @Inject private PatientRevisions revisions;
  @Inject private CurrentRevision revision;
  @Inject private AuditTrail auditTrail;
  @Inject private Validator validator;

  /**
   * Registers a patient, with the prior surgeries entered on the form. Issues an MRN unless one is
   * given. Refuses a likely duplicate unless the user confirmed it is someone else.
   */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Patient register(PatientForm form) {
    InputCheck.requireValid(validator, form);
    PatientDetails details = form.toDetails();
    if (!form.isDuplicateConfirmed()) {
      rejectLikelyDuplicates(details, null);
    }
    Patient patient = Patient.register(mrnFor(form.getMrn()), details);
    recordSurgeries(patient, form.getSurgeries());
    patients.add(patient);
    save();
    log(AccessAction.CREATE, PATIENT, patient.getId(), patient.getId());
    return patient;
  }

  /**
   * Saves an edit made on the version the user loaded. The MRN cannot change; surgeries on the form
   * are ignored (they have their own methods). A change of name or date of birth that makes the
   * patient look like another is refused unless confirmed, as at registration.
   */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Patient update(long id, long expectedVersion, PatientForm form) {
    InputCheck.requireValid(validator, form);
    Patient patient =
        patients
            .findWithSurgeries(id)
            .orElseThrow(() -> notFound(AccessAction.UPDATE, PATIENT, id));
    RecordWrites.requireVersion(patient.getVersion(), expectedVersion, PATIENT, id);
    if (form.getMrn() != null
        && !MedicalRecordNumber.of(form.getMrn()).value().equals(patient.getMrn())) {
      throw new InvalidInputException("mrn", "The MRN cannot be changed after registration.");
    }
    PatientDetails details = form.toDetails();
    if (!form.isDuplicateConfirmed() && patient.wouldChangeIdentity(details)) {
      rejectLikelyDuplicates(details, id);
    }
    patient.revise(details);
    save(PATIENT, id);
    log(AccessAction.UPDATE, PATIENT, id, id);
    return patient;
  }

  /** The patient with all prior surgeries, including those entered in error. */
  public Patient get(long id) {
    Patient patient =
        patients.findWithSurgeries(id).orElseThrow(() -> notFound(AccessAction.READ, PATIENT, id));
    log(AccessAction.READ, PATIENT, id, id);
    return patient;
  }

  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public PriorSpineSurgery addSurgery(long patientId, SurgeryForm form) {
    InputCheck.requireValid(validator, form);
    Patient patient =
        patients
            .findWithSurgeries(patientId)
            .orElseThrow(() -> notFound(AccessAction.CREATE, PATIENT, patientId));
    PriorSpineSurgery surgery = patient.recordPriorSurgery(form.toDetails());
    save();
    log(AccessAction.CREATE, SURGERY, surgery.getId(), patientId);
    return surgery;
  }

  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public PriorSpineSurgery correctSurgery(long surgeryId, long expectedVersion, SurgeryForm form) {
    InputCheck.requireValid(validator, form);
    PriorSpineSurgery surgery = loadSurgery(surgeryId, expectedVersion);
    surgery.correct(form.toDetails());
    save(SURGERY, surgeryId);
    log(AccessAction.UPDATE, SURGERY, surgeryId, surgery.getPatient().getId());
    return surgery;
  }

  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public void markSurgeryEnteredInError(long surgeryId, long expectedVersion, String reason) {
    PriorSpineSurgery surgery = loadSurgery(surgeryId, expectedVersion);
    surgery.markEnteredInError(reason);
    save(SURGERY, surgeryId);
    log(AccessAction.UPDATE, SURGERY, surgeryId, surgery.getPatient().getId());
  }

  /**
   * One page of patients matching the search, sorted in the database. A page size outside
   * 1..{@value #MAX_PAGE_SIZE} is brought inside it; no sort means by name.
   */
  public PatientPage search(
      PatientSearch criteria, int first, int pageSize, PatientSort sort, boolean ascending) {
    PatientFilter filter =
        criteria == null
            ? PatientFilter.of(null, null)
            : PatientFilter.of(criteria.getText(), criteria.getDateOfBirth());
    String attribute = (sort == null ? PatientSort.NAME : sort).attribute();
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    List<PatientSummary> rows =
        patients.findPage(filter, attribute, ascending, Math.max(0, first), size).stream()
            .map(PatientSummary::of)
            .toList();
    PatientPage page = new PatientPage(rows, patients.count(filter));
    log(AccessAction.SEARCH, PATIENT, null, null);
    return page;
  }

  /**
   * Registered patients who look like the one being entered; see {@link
   * Patient#isLikelyDuplicateOf}.
   */
  public List<PatientSummary> likelyDuplicates(
      String familyName, String givenName, LocalDate dateOfBirth, Long excludeId) {
    if (dateOfBirth == null || SearchName.of(familyName, givenName).isEmpty()) {
      return List.of();
    }
    List<PatientSummary> candidates = duplicatesOf(familyName, givenName, dateOfBirth, excludeId);
    log(AccessAction.SEARCH, PATIENT, null, null);
    return candidates;
  }

  /** What changed in the patient's record and prior surgeries, newest first. */
  public List<ChangeSet> history(long patientId) {
    if (patients.find(patientId).isEmpty()) {
      throw notFound(AccessAction.READ, HISTORY, patientId);
    }
    List<ChangeSet> history =
        PatientHistory.compile(revisions.ofPatient(patientId), revisions.ofSurgeriesOf(patientId));
    log(AccessAction.READ, HISTORY, patientId, patientId);
    return history;
  }

  private MedicalRecordNumber mrnFor(String given) {
    if (given != null) {
      MedicalRecordNumber mrn = MedicalRecordNumber.of(given);
      if (patients.isMrnTaken(mrn.value())) {
        throw new InvalidInputException("mrn", "This MRN is already used by another patient.");
      }
      return mrn;
    }
    String prefix = MedicalRecordNumber.configuredPrefix();
    while (true) {
      // an MRN typed in by hand may already hold the next serial; issue() stops at the last one
      MedicalRecordNumber mrn = MedicalRecordNumber.issue(prefix, patients.nextMrnSerial());
      if (!patients.isMrnTaken(mrn.value())) {
        return mrn;
      }
    }
  }

  /**
   * Names each failing surgery row, which the form checks alone cannot (date of birth rule); all
   * rows are checked before the refusal, so that it lists every one.
   */
  private static void recordSurgeries(Patient patient, List<SurgeryForm> forms) {
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      try {
        patient.recordPriorSurgery(forms.get(i).toDetails());
      } catch (ClinicalRuleViolation violation) {
        String field = violation.getField() == null ? "" : "." + violation.getField();
        violations.add(new FieldViolation("surgeries[" + i + "]" + field, violation.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private void rejectLikelyDuplicates(PatientDetails details, Long excludeId) {
    List<PatientSummary> candidates =
        duplicatesOf(details.familyName(), details.givenName(), details.dateOfBirth(), excludeId);
    if (!candidates.isEmpty()) {
      // the candidates are shown to the user, which discloses who else is registered
      log(AccessAction.SEARCH, PATIENT, null, null);
      throw new LikelyDuplicateException(candidates);
    }
  }

  private List<PatientSummary> duplicatesOf(
      String familyName, String givenName, LocalDate dateOfBirth, Long excludeId) {
    return patients
        .findBySearchNameAndDateOfBirth(SearchName.of(familyName, givenName), dateOfBirth)
        .stream()
        .filter(p -> !p.getId().equals(excludeId))
        .filter(p -> p.isLikelyDuplicateOf(familyName, givenName, dateOfBirth))
        .map(PatientSummary::of)
        .toList();
  }

  private PriorSpineSurgery loadSurgery(long surgeryId, long expectedVersion) {
    PriorSpineSurgery surgery =
        patients
            .findSurgery(surgeryId)
            .orElseThrow(() -> notFound(AccessAction.UPDATE, SURGERY, surgeryId));
    RecordWrites.requireVersion(surgery.getVersion(), expectedVersion, SURGERY, surgeryId);
    return surgery;
  }

  /**
   * Writes the changes now rather than at commit: database errors surface inside this call, and the
   * history names this method's caller (see {@link CurrentRevision}).
   */
  private void save() {
    revision.attributeToCaller();
    patients.flush();
  }

  /** As {@link #save()}; a concurrent save that committed after our version check shows here. */
  private void save(String recordType, long id) {
    RecordWrites.flushOrStale(this::save, recordType, id);
  }

  /** Logs the attempt as denied: a missing record and a forbidden one look the same. */
  private RecordNotFoundException notFound(AccessAction action, String recordType, long id) {
    auditTrail.record(action, AccessOutcome.DENIED, recordType, id, null);
    return new RecordNotFoundException(recordType, id);
  }

  private void log(AccessAction action, String recordType, Long recordId, Long patientId) {
    auditTrail.record(action, AccessOutcome.ALLOWED, recordType, recordId, patientId);
  }
}
