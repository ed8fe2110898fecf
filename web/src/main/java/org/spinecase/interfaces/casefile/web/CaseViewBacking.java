package org.spinecase.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.application.CasePage;
import org.spinecase.application.CasePages;
import org.spinecase.application.CaseService;
import org.spinecase.application.ClinicianDirectory;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientBanner;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CareLifecycle;
import org.spinecase.domain.model.casefile.CareTeamMember;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.casefile.Transition;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.interfaces.referral.web.Clinicians;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.FieldMessages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * cases/view.xhtml?id=: the case with its timeline, the next steps open to this user, the care
 * team and the referral. The whole page, its tabs included, is one {@link CasePage} read in one
 * call, so that the case is loaded, checked and logged once per view; the tabs' beans read their
 * parts from here. Whether the user may see the case at all is the service's decision (404
 * otherwise); which steps are offered is the state machine's, and the service checks it again.
 * Every change is made on the version the user saw; a conflict keeps the user's input.
 */
@Named
@ViewScoped
public class CaseViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CasePages pages;
  @Inject private CaseService cases;
  @Inject private ClinicianDirectory directory;
  @Inject private SignedInClinician clinician;
  @Inject private ClinicCalendar calendar;

  private String idParam;
  private Long id;
  private CasePage page;
  private CaseFile caseFile;
  private Set<CareCommand> commands = Set.of();
  private List<Clinician> clinicians;

  private CareCommand command;
  private String reason;
  private String memberToAdd;
  private CareTeamMember memberToRemove;
  private String removalReason;
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
  }

  /** Reads the page again, after a change or a refusal, so that it shows the case as it is now. */
  public void refresh() {
    page = pages.page(id);
    caseFile = page.caseFile();
    commands = caseFile.availableTo(clinician.getUsername(), clinician.getRoleSet());
  }

  // ---- commands ----

  public void chooseCommand(String name) {
    command = CareCommand.valueOf(name);
    reason = null;
    conflictText = null;
  }

  public void applyCommand() {
    if (command == null) {
      return;
    }
    try {
      cases.apply(id, caseFile.getVersion(), command, reason);
      refresh();
      PageMessages.info(PageMessages.text("cs", "command.done", command.label(), caseFile.getStatus().label()));
      command = null;
      reason = null;
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("commandForm", e.getViolations());
    }
  }

  public boolean isReasonRequired() {
    return command != null
        && CareLifecycle.transition(caseFile.getStatus(), command)
            .map(Transition::reasonRequired)
            .orElse(false);
  }

  // ---- care team ----

  public void addMember() {
    if (memberToAdd == null) {
      return;
    }
    try {
      cases.addMember(id, caseFile.getVersion(), memberToAdd);
      String name = nameOf(memberToAdd);
      memberToAdd = null;
      refresh();
      PageMessages.info(PageMessages.text("cs", "team.added.done", name));
    } catch (StaleRecordException e) {
      conflict();
      PageMessages.error(conflictText);
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("teamForm", e.getViolations());
    }
  }

  public void chooseForRemoval(String username) {
    memberToRemove =
        caseFile.getCareTeam().stream().filter(m -> m.getUsername().equals(username)).findFirst().orElse(null);
    removalReason = null;
    conflictText = null;
  }

  public void removeMember() {
    if (memberToRemove == null) {
      return;
    }
    try {
      cases.removeMember(id, caseFile.getVersion(), memberToRemove.getUsername(), removalReason);
      String name = memberToRemove.getDisplayName();
      memberToRemove = null;
      removalReason = null;
      refresh();
      PageMessages.info(PageMessages.text("cs", "team.removed.done", name));
    } catch (StaleRecordException e) {
      conflict();
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      show("removeForm", e.getViolations());
    }
  }

  public void makeLead(String username) {
    try {
      cases.changeLead(id, caseFile.getVersion(), username);
      refresh();
      PageMessages.info(PageMessages.text("cs", "team.lead.done", caseFile.getLeadName()));
    } catch (StaleRecordException e) {
      conflict();
      PageMessages.error(conflictText);
    } catch (IllegalTransitionException e) {
      refused(e);
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> PageMessages.error(v.message()));
    }
  }

  // ---- failures ----

  private void conflict() {
    refresh();
    conflictText =
        PageMessages.text(
            "cs", "conflict.text", caseFile.getChangedBy(), calendar.dateTime(caseFile.getChangedAt()));
    FacesContext.getCurrentInstance().validationFailed();
  }

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
              case "reason", "note" -> "reason";
              case "username", "member" -> "member";
              default -> null;
            });
    FacesContext.getCurrentInstance().validationFailed();
  }

  // ---- for the view ----

  public boolean isOnTeam() {
    return caseFile.hasActiveMember(clinician.getUsername());
  }

  /** The coordinator and the lead clinician manage the team (the service checks it again). */
  public boolean isMayManageTeam() {
    return caseFile.mayChangeTeam(clinician.getUsername(), clinician.getRoleSet());
  }

  public List<CareCommand> getCommands() {
    return commands.stream().sorted().toList();
  }

  public List<Clinician> getAddable() {
    if (clinicians == null) {
      clinicians = directory.clinicians();
    }
    Set<String> onTeam =
        caseFile.getCareTeam().stream().map(CareTeamMember::getUsername).collect(Collectors.toSet());
    return clinicians.stream().filter(c -> !onTeam.contains(c.getUsername())).toList();
  }

  public boolean mayLead(CareTeamMember member) {
    return member.getDiscipline() != null && member.getDiscipline().mayLead();
  }

  public String describe(Clinician person) {
    return Clinicians.describe(person);
  }

  private String nameOf(String username) {
    return getAddable().stream()
        .filter(c -> c.getUsername().equals(username))
        .map(Clinician::getDisplayName)
        .findFirst()
        .orElse(username);
  }

  public Referral getReferral() {
    return caseFile.getReferral();
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

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public CasePage getPage() {
    return page;
  }

  public Patient getPatient() {
    return caseFile.getPatient();
  }

  public PatientBanner getBanner() {
    return page.banner();
  }

  public CareCommand getCommand() {
    return command;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMemberToAdd() {
    return memberToAdd;
  }

  public void setMemberToAdd(String memberToAdd) {
    this.memberToAdd = memberToAdd;
  }

  public CareTeamMember getMemberToRemove() {
    return memberToRemove;
  }

  public String getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(String removalReason) {
    this.removalReason = removalReason;
  }

  public String getConflictText() {
    return conflictText;
  }
}
