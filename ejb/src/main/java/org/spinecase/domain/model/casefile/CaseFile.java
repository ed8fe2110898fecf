package org.spinecase.domain.model.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The episode of care an accepted referral opens: its status from workup to closure, the lead
 * clinician and the care team who may see it.
 *
 * <p>The status changes only through {@link #apply}, which asks {@link CareLifecycle} first; the
 * care team changes only through the team methods, which the coordinator and the lead may use.
 * Every change lands on the episode's timeline (kept by the referral) in the same call, so the
 * timeline cannot miss a step.
 */
@Entity
@Table(name = "case_file")
@Audited
@NamedQuery(
    name = CaseFile.WITH_TEAM,
    query =
        "select c from CaseFile c join fetch c.patient join fetch c.referral"
            + " left join fetch c.members where c.id = :id")
public class CaseFile extends ClinicalRecord {

  public static final String WITH_TEAM = "CaseFile.withTeam";

  public static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false, updatable = false, unique = true)
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CaseStatus status;

  /** The day the case entered its status, what worklists count waiting days from. */
  @NotAudited
  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @Column(name = "lead_username", nullable = false, length = 100)
  private String leadUsername;

  @Column(name = "lead_name", nullable = false, length = 200)
  private String leadName;

  @Column(name = "red_flag", nullable = false)
  private boolean redFlag;

  /** The workup's red-flag section found a positive sign: the team owes an urgent plan. */
  @Column(name = "urgent_plan_needed", nullable = false)
  private boolean urgentPlanNeeded;

  /** The workup is signed: the case may be (or was) marked ready for the MDT. */
  @Column(name = "workup_signed", nullable = false)
  private boolean workupSigned;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "close_reason", length = TEXT_LENGTH)
  private String closeReason;

  /**
   * Members have their own history. A team change does change the case's version (Hibernate leaves
   * the inverse side out of the lock unless told), so that two people editing the team at once
   * cannot both win.
   */
  @NotAudited
  @OptimisticLock(excluded = false)
  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("addedAt, id")
  private List<CareTeamMember> members = new ArrayList<>();

  protected CaseFile() {}

  /**
   * Opens the case of a referral being accepted; called by {@link Referral#accept}, which has asked
   * the lifecycle. The lead is always on the team.
   */
  public static CaseFile openFor(
      Referral referral,
      CaseStatus initial,
      Clinician lead,
      Collection<Clinician> team,
      String actor) {
    Objects.requireNonNull(referral, "referral");
    if (referral.getCaseFile() != null || !referral.getStatus().isAwaitingTriage()) {
      throw new IllegalStateException("Only a referral being accepted opens a case");
    }
    checkLead(lead);
    Map<String, Clinician> others = new LinkedHashMap<>();
    for (Clinician clinician : team == null ? List.<Clinician>of() : team) {
      checkMember(clinician, "teamUsernames");
      if (!clinician.getUsername().equals(lead.getUsername())) {
        others.putIfAbsent(clinician.getUsername(), clinician);
      }
    }
    CaseFile caseFile = new CaseFile();
    caseFile.referral = referral;
    caseFile.patient = referral.getPatient();
    caseFile.status = Objects.requireNonNull(initial, "initial");
    caseFile.statusSince = ClinicClock.today();
    caseFile.redFlag = referral.isRedFlag();
    caseFile.openedAt = ClinicClock.now();
    caseFile.join(lead, lead.leadingDiscipline(), actor).leadCase(true);
    caseFile.leadUsername = lead.getUsername();
    caseFile.leadName = lead.getDisplayName();
    others.values().forEach(c -> caseFile.join(c, c.primaryDiscipline(), actor));
    return caseFile;
  }

  /** The commands the caller may give now: allowed for their roles, and for the team if needed. */
  public Set<CareCommand> availableTo(String username, Set<String> roles) {
    Set<CareCommand> available = EnumSet.noneOf(CareCommand.class);
    for (CareCommand command : CareLifecycle.available(status, roles)) {
      if (command.needsSignedWorkup() && !workupSigned) {
        continue;
      }
      Transition row = CareLifecycle.transition(status, command).orElseThrow();
      if (!row.careTeamOnly() || hasActiveMember(username)) {
        available.add(command);
      }
    }
    return available;
  }

  /**
   * Moves the case on by hand, as the lifecycle allows for the actor's roles and place on the team.
   * Ready for MDT needs the workup signed: signing gives it ({@link #workupSigned}); by hand it is
   * accepted only for a signed workup, for a case returned to workup after signing.
   */
  public void apply(CareCommand command, String actor, Set<String> roles, String reason) {
    move(command, actor, roles, reason, true);
  }

  /**
   * The lead signed the complete workup: a case in workup is now ready for the MDT. A case the team
   * already moved on keeps its status.
   */
  public void workupSigned(String actor, Set<String> roles) {
    if (status == CaseStatus.WORKUP) {
      move(CareCommand.MARK_READY_FOR_MDT, actor, roles, "Workup signed.", false);
    }
    workupSigned = true;
  }

  /**
   * Whether the workup's red-flag section still owes an urgent plan (a positive sign without one),
   * kept in step with every save of that section, so the banner asks for the plan only while it is
   * missing.
   */
  public void urgentPlanOwed(boolean owed) {
    urgentPlanNeeded = owed;
  }

  private void move(
      CareCommand command, String actor, Set<String> roles, String reason, boolean byHand) {
    Transition row = CareLifecycle.check(status, command, roles, reason);
    if (row.careTeamOnly() && !hasActiveMember(actor)) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.CARE_TEAM,
          status,
          command,
          CareLifecycle.sentence(status, command) + " by someone outside its care team.");
    }
    if (byHand && command.needsSignedWorkup() && !workupSigned) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.STATUS,
          status,
          command,
          "A case is marked ready for MDT by signing its workup, and the workup is not signed yet:"
              + " complete the required sections and sign it.");
    }
    String why = FreeText.limited("reason", "Reason", FreeText.tidyBlock(reason), TEXT_LENGTH);
    CaseStatus from = status;
    status = (CaseStatus) row.to();
    statusSince = ClinicClock.today();
    if (status == CaseStatus.CLOSED) {
      closedAt = ClinicClock.now();
      closeReason = why;
    }
    referral.recordOnTimeline(command.eventKind(), from, status, actor, why);
  }

  /**
   * Marks the case red flag because the workup found {@code flags} positive, and says so on the
   * timeline: from now on the worklists put it first and the banner asks for an urgent plan. A
   * case already marked is marked again on the timeline, since the flags found are new.
   */
  public void raiseRedFlag(Set<RedFlag> flags, String actor) {
    if (flags == null || flags.isEmpty()) {
      throw new IllegalArgumentException("A red flag is raised for at least one positive flag");
    }
    redFlag = true;
    urgentPlanNeeded = true;
    String found =
        flags.stream().sorted().map(RedFlag::label).collect(java.util.stream.Collectors.joining(", "));
    referral.recordOnTimeline(
        EventKind.RED_FLAG_RAISED, null, null, actor, "Urgent plan needed: " + found + ".");
  }

  /** Adds a clinician to the care team; the coordinator or the lead may. */
  public CareTeamMember addMember(Clinician clinician, String actor, Set<String> roles) {
    requireTeamChange(actor, roles);
    checkMember(clinician, "username");
    if (hasActiveMember(clinician.getUsername())) {
      throw new ClinicalRuleViolation(
          "username", clinician.getDisplayName() + " is already on the care team.");
    }
    CareTeamMember member = join(clinician, clinician.primaryDiscipline(), actor);
    referral.recordOnTimeline(EventKind.MEMBER_ADDED, null, null, actor, describe(member));
    return member;
  }

  /** Ends a membership, keeping it in the record; the lead must be replaced first. */
  public void removeMember(String username, String actor, Set<String> roles, String reason) {
    requireTeamChange(actor, roles);
    CareTeamMember member =
        activeMember(username)
            .orElseThrow(
                () ->
                    new ClinicalRuleViolation("username", "This person is not on the care team."));
    if (member.isLead()) {
      throw new ClinicalRuleViolation(
          "username", "Choose another lead clinician before removing the lead from the team.");
    }
    String why = FreeText.limited("reason", "Reason", FreeText.tidyBlock(reason), TEXT_LENGTH);
    member.leave(actor, why);
    String note = describe(member) + (why == null ? "" : ": " + why);
    referral.recordOnTimeline(EventKind.MEMBER_REMOVED, null, null, actor, note);
  }

  /** Hands the lead to a surgeon or pain specialist, who joins the team if not on it. */
  public void changeLead(Clinician clinician, String actor, Set<String> roles) {
    requireTeamChange(actor, roles);
    checkLead(clinician);
    if (clinician.getUsername().equals(leadUsername)) {
      throw new ClinicalRuleViolation(
          "username", clinician.getDisplayName() + " is already the lead clinician.");
    }
    String previous = leadName;
    activeMember(leadUsername).ifPresent(member -> member.leadCase(false));
    activeMember(clinician.getUsername())
        .orElseGet(() -> join(clinician, clinician.leadingDiscipline(), actor))
        .leadCase(true);
    leadUsername = clinician.getUsername();
    leadName = clinician.getDisplayName();
    referral.recordOnTimeline(
        EventKind.LEAD_CHANGED, null, null, actor, previous + " to " + leadName);
  }

  /** Whether the person is on the team now. */
  public boolean hasActiveMember(String username) {
    return activeMember(username).isPresent();
  }

  public Optional<CareTeamMember> activeMember(String username) {
    return members.stream()
        .filter(m -> m.isActive() && m.getUsername().equals(username))
        .findFirst();
  }

  /** The coordinator and the lead manage the team, and only while the case is open. */
  public boolean mayChangeTeam(String username, Set<String> roles) {
    return status.isOpen()
        && (roles.contains(CareLifecycle.COORDINATOR)
            || (username.equals(leadUsername) && hasActiveMember(username)));
  }

  private void requireTeamChange(String actor, Set<String> roles) {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.STATUS,
          status,
          null,
          "The care team of a closed case cannot be changed.");
    }
    if (!mayChangeTeam(actor, roles)) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.CARE_TEAM,
          status,
          null,
          "Only the coordinator or the lead clinician can change the care team.");
    }
  }

  private CareTeamMember join(Clinician clinician, Discipline discipline, String actor) {
    CareTeamMember member = new CareTeamMember(this, clinician, discipline, actor);
    members.add(member);
    return member;
  }

  private static void checkLead(Clinician lead) {
    if (lead == null) {
      throw new ClinicalRuleViolation("leadUsername", "Choose the lead clinician.");
    }
    if (!lead.mayLead()) {
      throw new ClinicalRuleViolation(
          "leadUsername",
          lead.getDisplayName()
              + " cannot lead a case: the lead must be a surgeon or a pain specialist.");
    }
  }

  private static void checkMember(Clinician clinician, String field) {
    if (clinician == null) {
      throw new ClinicalRuleViolation(field, "Choose who joins the care team.");
    }
    if (clinician.getDisciplines().isEmpty()) {
      throw new ClinicalRuleViolation(
          field, clinician.getDisplayName() + " has no clinical role and cannot join a care team.");
    }
  }

  private static String describe(CareTeamMember member) {
    return member.getDisplayName() + " (" + member.getDiscipline().label() + ")";
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Referral getReferral() {
    return referral;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  public String getLeadUsername() {
    return leadUsername;
  }

  public String getLeadName() {
    return leadName;
  }

  public boolean isRedFlag() {
    return redFlag;
  }

  /**
   * The banner's "urgent plan needed": the workup raised a red flag and the case has not reached
   * its MDT decision yet (in workup or ready for MDT). A red flag from the referral alone does not
   * ask for it.
   */
  public boolean isUrgentPlanNeeded() {
    return urgentPlanNeeded && (status == CaseStatus.WORKUP || status == CaseStatus.READY_FOR_MDT);
  }

  public boolean isWorkupSigned() {
    return workupSigned;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getCloseReason() {
    return closeReason;
  }

  /** The active members, the lead first. */
  public List<CareTeamMember> getCareTeam() {
    List<CareTeamMember> active = new ArrayList<>();
    members.stream().filter(m -> m.isActive() && m.isLead()).forEach(active::add);
    members.stream().filter(m -> m.isActive() && !m.isLead()).forEach(active::add);
    return Collections.unmodifiableList(active);
  }

  /** Every membership there has been, including those ended, in the order they began. */
  public List<CareTeamMember> getMembers() {
    return Collections.unmodifiableList(new ArrayList<>(members));
  }

  /** The episode's timeline, referral steps included, newest first. */
  public List<CaseEvent> getEvents() {
    return referral.getEvents();
  }
}
