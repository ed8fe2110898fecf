package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.AttachmentContent;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.infrastructure.persistence.CaseFileRepository;
import org.spinecase.infrastructure.persistence.CurrentRevision;
import org.spinecase.infrastructure.persistence.PatientRepository;
import org.spinecase.infrastructure.persistence.ReferralRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * Referral intake and triage: receive a referral with its documents, read it, and accept, decline
 * or ask for more information.
 *
 * <p>The security boundary for referrals: roles by annotation, the referral itself by {@link
 * CareAccess}, every read and change logged. The triage rules are {@link Referral}'s and, through
 * it, the lifecycle's; this class loads, checks versions, saves, and returns the referral loaded
 * whole for pages that show it after the transaction.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
// Every clinical role by default; methods narrow it where the clinic's rules do. Object-level
// access (care team, break glass) is checked inside, through CareAccess.
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST
})
public class ReferralService {

  private static final String REFERRAL = CareAccess.REFERRAL;

  @Inject private ReferralRepository referrals;
  @Inject private CaseFileRepository cases;
  @Inject private PatientRepository patients;
  @Inject private Clinicians clinicians;
  @Inject private MeasureSets measureSets;
  @Inject private CurrentRevision revision;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Validator validator;
  @EJB private PatientService patientService;

  /**
   * Takes in a referral for a registered patient or one registered with it (refused as a likely
   * duplicate unless confirmed, as on registration), with its documents.
   */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Referral receive(ReferralForm form) {
    InputCheck.requireValid(validator, form, patientChoice(form));
    Patient patient = patientOf(form);
    Referral referral =
        Referral.receive(
            patient, form.toDetails(indexSurgery(patient, form.getIndexSurgeryId())), me());
    referrals.add(referral);
    List<AttachmentUpload> uploads = form.getAttachments();
    for (int i = 0; i < uploads.size(); i++) {
      file(referral, uploads.get(i), "attachments[" + i + "]");
    }
    save(referral);
    log(AccessAction.CREATE, REFERRAL, referral.getId(), patient.getId());
    return referral;
  }

  /** The referral with its documents and timeline, if the caller may see it. */
  public Referral get(long referralId) {
    return load(referralId, AccessAction.READ);
  }

  /** Files one more document with a referral the caller may see. */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Attachment attach(long referralId, AttachmentUpload upload) {
    Referral referral = load(referralId, AccessAction.UPDATE);
    Attachment attachment = file(referral, upload, "attachment");
    save(referral);
    return attachment;
  }

  /** A document's bytes, with the type recognised at upload, if the caller may see its referral. */
  public AttachmentDownload download(long attachmentId) {
    Attachment attachment =
        referrals
            .findAttachment(attachmentId)
            .orElseThrow(
                () -> access.notFound(AccessAction.READ, CareAccess.ATTACHMENT, attachmentId));
    access.checkAttachment(attachment, AccessAction.READ);
    AttachmentContent content =
        referrals
            .findContent(attachmentId)
            .orElseThrow(() -> new IllegalStateException("No content for " + attachmentId));
    return new AttachmentDownload(
        attachment.getFileName(), attachment.getDocumentType(), content.getContent());
  }

  /**
   * The patient's open cases, whoever is on them, so that intake can point out that the patient is
   * already being seen; the summary holds no clinical content.
   */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public List<CaseSummary> openCasesOf(long patientId) {
    List<CaseSummary> open = cases.openCasesOf(patientId);
    log(AccessAction.SEARCH, CareAccess.CASE_FILE, null, patientId);
    return open;
  }

  /**
   * Accepts the referral: a case opens with the lead (a surgeon or pain specialist from the
   * directory) and the team, the lead included whether listed or not.
   */
  @RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public CaseFile accept(
      long referralId, long version, String leadUsername, List<String> teamUsernames, String note) {
    Referral referral = loadForChange(referralId, version);
    Clinicians.Team team = clinicians.team(leadUsername, teamUsernames);
    CaseFile caseFile = referral.accept(team.lead(), team.members(), note, me(), myRoles());
    cases.add(caseFile);
    measureSets.caseOpened(caseFile, ClinicClock.today());
    save(referral);
    log(AccessAction.CREATE, CareAccess.CASE_FILE, caseFile.getId(), caseFile.getPatient().getId());
    return caseFile;
  }

  /** Declines with a reason, which the letter to the referrer gives. */
  @RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Referral decline(long referralId, long version, String reason) {
    Referral referral = loadForChange(referralId, version);
    referral.decline(reason, me(), myRoles());
    save(referral);
    return referral;
  }

  /** Puts the referral on hold until the referrer has sent what triage needs. */
  @RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Referral requestInformation(long referralId, long version, String what, LocalDate dueOn) {
    Referral referral = loadForChange(referralId, version);
    referral.requestInformation(what, dueOn, me(), myRoles());
    save(referral);
    return referral;
  }

  /** The information asked for has arrived; the referral waits for triage again. */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public Referral informationReceived(long referralId, long version, String note) {
    Referral referral = loadForChange(referralId, version);
    referral.informationReceived(note, me(), myRoles());
    save(referral);
    return referral;
  }

  /** The letter telling the referrer why the referral was declined, as a PDF. */
  @RolesAllowed({Roles.COORDINATOR, Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public byte[] declineLetter(long referralId) {
    Referral referral = load(referralId, AccessAction.PRINT);
    if (referral.getStatus() != ReferralStatus.DECLINED) {
      throw new InvalidInputException(null, "Only a declined referral has a decline letter.");
    }
    return DeclineLetter.pdf(referral, clinicians.nameOf(referral.getTriagedBy()), ClinicClock.today());
  }

  /** The choice of patient, checked together with the form's fields: one answer lists all. */
  private List<FieldViolation> patientChoice(ReferralForm form) {
    if (form == null) {
      return List.of();
    }
    if (form.getPatientId() == null && form.getNewPatient() == null) {
      return List.of(
          new FieldViolation("patientId", "Choose a registered patient or register a new one."));
    }
    if (form.getPatientId() != null && form.getNewPatient() != null) {
      return List.of(
          new FieldViolation(
              "patientId", "Choose a registered patient or register a new one, not both."));
    }
    if (form.getPatientId() != null && patients.find(form.getPatientId()).isEmpty()) {
      return List.of(new FieldViolation("patientId", "No patient with this id is registered."));
    }
    return List.of();
  }

  private Patient patientOf(ReferralForm form) {
    if (form.getNewPatient() != null) {
      return patientService.register(form.getNewPatient());
    }
    return patients
        .findWithSurgeries(form.getPatientId())
        .orElseThrow(
            () -> new InvalidInputException("patientId", "No patient with this id is registered."));
  }

  private static PriorSpineSurgery indexSurgery(Patient patient, Long surgeryId) {
    if (surgeryId == null) {
      return null;
    }
    return patient.getSurgeries().stream()
        .filter(surgery -> surgery.getId().equals(surgeryId))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "indexSurgeryId",
                    "The index surgery must be one of this patient's surgeries."));
  }

  /** Files the upload, naming the form field of a refused document. */
  private Attachment file(Referral referral, AttachmentUpload upload, String field) {
    if (upload == null) {
      throw new InvalidInputException(field, "The document is missing.");
    }
    try {
      Attachment attachment =
          referral.attach(upload.kind(), upload.fileName(), upload.content(), me());
      referrals.addAttachment(attachment, new AttachmentContent(attachment, upload.content()));
      return attachment;
    } catch (ClinicalRuleViolation violation) {
      String part = violation.getField() == null ? "" : "." + violation.getField();
      throw new InvalidInputException(field + part, violation.getMessage());
    }
  }

  private Referral load(long referralId, AccessAction action) {
    Referral referral =
        referrals
            .findComplete(referralId)
            .orElseThrow(() -> access.notFound(action, REFERRAL, referralId));
    access.checkReferral(referral, action);
    return referral;
  }

  private Referral loadForChange(long referralId, long version) {
    Referral referral = load(referralId, AccessAction.UPDATE);
    RecordWrites.requireVersion(referral.getVersion(), version, REFERRAL, referralId);
    return referral;
  }

  /** Writes now, in a revision named after the caller; a concurrent save shows as stale. */
  private void save(Referral referral) {
    revision.attributeToCaller();
    RecordWrites.flushOrStale(referrals::flush, REFERRAL, referral.getId());
  }

  private String me() {
    return currentUser.username();
  }

  private Set<String> myRoles() {
    return currentUser.roleSet();
  }

  private void log(AccessAction action, String recordType, Long recordId, Long patientId) {
    auditTrail.record(action, AccessOutcome.ALLOWED, recordType, recordId, patientId);
  }
}
