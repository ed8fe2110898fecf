package org.spinecase.interfaces.referral.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.application.CasePages;
import org.spinecase.application.ClinicianDirectory;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientBanner;
import org.spinecase.application.ReferralService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.TimelineEntry;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.FieldMessages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * referrals/view.xhtml?id=: the referral with its documents, and triage. The buttons shown are
 * the commands the domain's state machine allows this user in the referral's status; the service
 * checks the same again. Each decision is made on the version the user saw: if someone else
 * decided in between, the page says so, shows the current referral and keeps the user's input.
 */
@Named
@ViewScoped
public class ReferralViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Time the referrer usually gets to send what is missing. */
  private static final int DEFAULT_DAYS_FOR_INFORMATION = 14;

  @Inject private ReferralService referrals;
  @Inject private CasePages pages;
  @Inject private ClinicianDirectory directory;
  @Inject private SignedInClinician clinician;
  @Inject private ClinicCalendar calendar;

  private String idParam;
  private Long id;
  private Referral referral;
  private Patient patient;
  private PatientBanner banner;
  private Set<CareCommand> commands = Set.of();

  private List<Clinician> clinicians;
  private String leadUsername;
  private List<String> team = new ArrayList<>();
  private String acceptNote;
  private String declineReason;
  private String informationWhat;
  private LocalDate informationDueOn;
  private String receivedNote;
  private DocumentKind uploadKind = DocumentKind.OUTSIDE_REPORT;
  /** Who changed the referral under the user's feet, shown in the dialog; null while nobody did. */
  private String conflictText;

  public void load() {
    if (!clinician.isClinical()) {
      // the administrator never sees clinical content
      ErrorPages.forbidden();
      return;
    }
    id = ErrorPages.parseId(idParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    refresh();
    informationDueOn = ClinicTime.today().plusDays(DEFAULT_DAYS_FOR_INFORMATION);
  }

  private void refresh() {
    referral = referrals.get(id);
    // the banner names the patient's current case, which need not be the one this referral opened
    banner = pages.banner(referral.getPatient().getId());
    patient = banner.patient();
    commands = referral.availableTo(clinician.getRoleSet());
  }

  // ---- triage ----

  /** Prepares the accept dialog: the user leads by default when they may lead. */
  public void prepareAccept() {
    conflictText = null;
    if (leadUsername == null
        && getLeadCandidates().stream().anyMatch(c -> c.getUsername().equals(clinician.getUsername()))) {
      leadUsername = clinician.getUsername();
    }
  }

  public String accept() {
    try {
      CaseFile caseFile = referrals.accept(id, referral.getVersion(), leadUsername, team, acceptNote);
      PageMessages.infoAfterRedirect(PageMessages.text("rf", "accept.done"));
      return "/cases/view?faces-redirect=true&id=" + caseFile.getId();
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("acceptForm", e.getViolations());
    }
    return null;
  }

  public String decline() {
    try {
      referrals.decline(id, referral.getVersion(), declineReason);
      return done("decline.done");
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("declineForm", e.getViolations());
    }
    return null;
  }

  public String requestInformation() {
    try {
      referrals.requestInformation(id, referral.getVersion(), informationWhat, informationDueOn);
      return done("requestInfo.done");
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("requestInfoForm", e.getViolations());
    }
    return null;
  }

  public String informationReceived() {
    try {
      referrals.informationReceived(id, referral.getVersion(), receivedNote);
      return done("infoReceived.done");
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("infoReceivedForm", e.getViolations());
    }
    return null;
  }

  public void clearConflict() {
    conflictText = null;
  }

  private String done(String key) {
    PageMessages.infoAfterRedirect(PageMessages.text("rf", key));
    return "/referrals/view?faces-redirect=true&id=" + id;
  }

  /** Someone else saved first: show the current referral, keep what the user typed. */
  private void conflict() {
    refresh();
    conflictText =
        PageMessages.text(
            "rf", "conflict.text", referral.getChangedBy(), calendar.dateTime(referral.getChangedAt()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The state machine said no (e.g. accepted by a colleague meanwhile): its message, in the dialog. */
  private void refused(IllegalTransitionException e) {
    refresh();
    PageMessages.error(e.getMessage());
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static void show(String formId, List<FieldViolation> violations) {
    FieldMessages.show(
        formId,
        violations,
        field ->
            switch (field) {
              case "leadUsername", "lead" -> "lead";
              case "teamUsernames", "team" -> "team";
              case "reason" -> "reason";
              case "what", "informationRequested" -> "what";
              case "dueOn", "informationDueOn" -> "dueOn";
              case "note" -> "note";
              default -> null;
            });
    FacesContext.getCurrentInstance().validationFailed();
  }

  // ---- documents ----

  public void upload(FileUploadEvent event) {
    String fileName = UploadCheck.baseName(event.getFile().getFileName());
    byte[] content = UploadCheck.contentOf(event.getFile());
    var problem = UploadCheck.problem(fileName, content, Attachment.maxBytes());
    if (problem.isPresent()) {
      PageMessages.fieldError("attachForm:upload", problem.get());
      return;
    }
    try {
      referrals.attach(id, new AttachmentUpload(uploadKind, fileName, content));
      PageMessages.info(PageMessages.text("rf", "attachments.attached", fileName));
      refresh();
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> PageMessages.fieldError("attachForm:upload", v.message()));
    }
  }

  // ---- for the view ----

  public boolean may(String command) {
    return commands.contains(CareCommand.valueOf(command));
  }

  public boolean isTriageOpen() {
    return may("ACCEPT") || may("DECLINE") || may("REQUEST_INFORMATION") || may("INFORMATION_RECEIVED");
  }

  public boolean isMayAttach() {
    return clinician.isMayReceiveReferrals()
        && (referral.getStatus() == ReferralStatus.RECEIVED
            || referral.getStatus() == ReferralStatus.AWAITING_INFORMATION);
  }

  /** The flags in the checklist's order. */
  public List<RedFlag> getRedFlags() {
    return List.copyOf(referral.getRedFlags());
  }

  public boolean isDeclined() {
    return referral.getStatus() == ReferralStatus.DECLINED;
  }

  public List<Clinician> getClinicians() {
    if (clinicians == null) {
      clinicians = directory.clinicians();
    }
    return clinicians;
  }

  /** Everyone who may join the team besides the lead chosen (the lead is on it anyway). */
  public List<Clinician> getTeamCandidates() {
    return getClinicians().stream().filter(c -> !c.getUsername().equals(leadUsername)).toList();
  }

  /** A new lead is no longer a team choice of their own. */
  public void leadChanged() {
    team.remove(leadUsername);
  }

  /** Waiting for someone else's triage: nothing to do here for this user. */
  public boolean isAwaitingOthers() {
    return commands.isEmpty()
        && (referral.getStatus() == ReferralStatus.RECEIVED
            || referral.getStatus() == ReferralStatus.AWAITING_INFORMATION);
  }

  /** Who may lead a case: surgeons and pain specialists. */
  public List<Clinician> getLeadCandidates() {
    return getClinicians().stream().filter(Clinicians::mayLead).toList();
  }

  public String describe(Clinician person) {
    return Clinicians.describe(person);
  }

  public String maxSize() {
    return FileSizes.format(Attachment.maxBytes());
  }

  public String size(long bytes) {
    return FileSizes.format(bytes);
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

  public Referral getReferral() {
    return referral;
  }

  public Patient getPatient() {
    return patient;
  }

  public PatientBanner getBanner() {
    return banner;
  }

  public List<TimelineEntry> getTimeline() {
    return TimelineEntry.ofEvents(referral.getEvents());
  }

  public String getLeadUsername() {
    return leadUsername;
  }

  public void setLeadUsername(String leadUsername) {
    this.leadUsername = leadUsername;
  }

  public List<String> getTeam() {
    return team;
  }

  public void setTeam(List<String> team) {
    this.team = team == null ? new ArrayList<>() : new ArrayList<>(team);
  }

  public String getAcceptNote() {
    return acceptNote;
  }

  public void setAcceptNote(String acceptNote) {
    this.acceptNote = acceptNote;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getInformationWhat() {
    return informationWhat;
  }

  public void setInformationWhat(String informationWhat) {
    this.informationWhat = informationWhat;
  }

  public LocalDate getInformationDueOn() {
    return informationDueOn;
  }

  public void setInformationDueOn(LocalDate informationDueOn) {
    this.informationDueOn = informationDueOn;
  }

  public String getReceivedNote() {
    return receivedNote;
  }

  public void setReceivedNote(String receivedNote) {
    this.receivedNote = receivedNote;
  }

  public DocumentKind getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(DocumentKind uploadKind) {
    this.uploadKind = uploadKind;
  }

  public String getConflictText() {
    return conflictText;
  }
}
