package org.spinecase.domain.model.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CareLifecycle;
import org.spinecase.domain.model.casefile.CareState;
import org.spinecase.domain.model.casefile.CaseEvent;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.casefile.Transition;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A request from another clinician to see a patient, from its arrival through triage: the start of
 * an episode of care, and the owner of the episode's timeline.
 *
 * <p>Every triage step asks {@link CareLifecycle} first and only then changes the referral, so a
 * refused step leaves it exactly as it was. The timeline stays with the referral when a case opens:
 * the case writes its own events here, and the episode keeps one history from the first letter to
 * discharge.
 */
@Entity
@Table(name = "referral")
@Audited
@NamedQuery(
    name = Referral.COMPLETE,
    query =
        "select r from Referral r join fetch r.patient left join fetch r.indexSurgery"
            + " left join fetch r.caseFile left join fetch r.redFlags"
            + " left join fetch r.attachments where r.id = :id")
@NamedQuery(
    name = Referral.WITH_EVENTS,
    query = "select r from Referral r left join fetch r.events where r.id = :id")
public class Referral extends ClinicalRecord {

  public static final String COMPLETE = "Referral.complete";
  public static final String WITH_EVENTS = "Referral.withEvents";

  public static final int TEXT_LENGTH = 1000;
  public static final int MAX_PAIN_DURATION_MONTHS = 600;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
  @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Embedded private Referrer referrer;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private ReferralChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "question", nullable = false, length = 40)
  private ReferralQuestion question;

  @Column(name = "question_detail", length = TEXT_LENGTH)
  private String questionDetail;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 20)
  private Urgency urgency;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "referral_red_flag", joinColumns = @JoinColumn(name = "referral_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "flag", nullable = false, length = 40)
  private Set<RedFlag> redFlags = new HashSet<>();

  /** Derived from the urgency, stored so that worklists sort red flags first from an index. */
  @NotAudited
  @Column(name = "red_flag", nullable = false)
  private boolean redFlag;

  @Column(name = "back_pain")
  private Integer backPain;

  @Column(name = "leg_pain")
  private Integer legPain;

  @Column(name = "pain_duration_months")
  private Integer painDurationMonths;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "index_surgery_id")
  private PriorSpineSurgery indexSurgery;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private ReferralStatus status;

  /** The day the referral entered its status: what "waiting for n days" counts from. */
  @NotAudited
  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  /** Triage due (received) or information due (waiting), for overdue lists; none once triaged. */
  @NotAudited
  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "information_requested", length = TEXT_LENGTH)
  private String informationRequested;

  @Column(name = "information_due_on")
  private LocalDate informationDueOn;

  @Column(name = "decline_reason", length = TEXT_LENGTH)
  private String declineReason;

  @Column(name = "triaged_at")
  private Instant triagedAt;

  @Column(name = "triaged_by", length = 100)
  private String triagedBy;

  /** The case side owns the link; audited there. */
  @NotAudited
  @OneToOne(mappedBy = "referral", fetch = FetchType.LAZY)
  private CaseFile caseFile;

  /**
   * Documents never change once uploaded, so they need no history; adding one must not make a
   * colleague's open triage of the referral stale.
   */
  @NotAudited
  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  @OrderBy("uploadedAt, id")
  private List<Attachment> attachments = new ArrayList<>();

  /**
   * The timeline is its own append-only history; the case's events must not touch the referral's
   * version (explicit here, because the default for an inverse side is easy to misremember).
   */
  @NotAudited
  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<CaseEvent> events = new ArrayList<>();

  protected Referral() {}

  /** Takes in a referral for the patient; it waits for triage from the day it was received. */
  public static Referral receive(Patient patient, ReferralDetails details, String actor) {
    Referral referral = new Referral();
    referral.patient = Objects.requireNonNull(patient, "patient");
    referral.apply(details);
    referral.status = ReferralStatus.RECEIVED;
    referral.statusSince = referral.receivedOn;
    referral.dueOn = TriageTarget.dueOn(referral.receivedOn);
    referral.recordOnTimeline(
        EventKind.REFERRAL_RECEIVED,
        null,
        ReferralStatus.RECEIVED,
        actor,
        "From " + referral.referrer.getName() + ": " + referral.question.label());
    return referral;
  }

  /** Puts the referral on hold until the referrer sends what triage needs. */
  public void requestInformation(String what, LocalDate dueBy, String actor, Set<String> roles) {
    CareState next = CareLifecycle.apply(status, CareCommand.REQUEST_INFORMATION, roles, what);
    String request =
        FreeText.limited("what", "Information requested", FreeText.tidyBlock(what), TEXT_LENGTH);
    if (dueBy == null) {
      throw new ClinicalRuleViolation("dueOn", "Say by when the information is needed.");
    }
    if (dueBy.isBefore(ClinicClock.today())) {
      throw new ClinicalRuleViolation("dueOn", "The due date must not be in the past.");
    }
    informationRequested = request;
    informationDueOn = dueBy;
    moveTo(next, CareCommand.REQUEST_INFORMATION, actor, request + " (due " + dueBy + ")");
    dueOn = dueBy;
  }

  /** The information asked for has come; the referral waits for triage again. */
  public void informationReceived(String note, String actor, Set<String> roles) {
    CareState next = CareLifecycle.apply(status, CareCommand.INFORMATION_RECEIVED, roles, note);
    moveTo(next, CareCommand.INFORMATION_RECEIVED, actor, tidied(note));
    dueOn = TriageTarget.dueOn(statusSince);
  }

  /**
   * Accepts the patient: the case opens in the lifecycle's first case status, led by {@code lead}
   * with {@code team} (the lead is on the team whether listed or not).
   */
  public CaseFile accept(
      Clinician lead, Collection<Clinician> team, String note, String actor, Set<String> roles) {
    Transition row = CareLifecycle.check(status, CareCommand.ACCEPT, roles, note);
    CaseFile opened = CaseFile.openFor(this, (CaseStatus) row.to(), lead, team, actor);
    ReferralStatus from = status;
    caseFile = opened;
    status = ReferralStatus.ACCEPTED;
    statusSince = ClinicClock.today();
    dueOn = null;
    triaged(actor);
    recordOnTimeline(row.command().eventKind(), from, row.to(), actor, tidied(note));
    return opened;
  }

  /** Declines with the reason the letter to the referrer will give. */
  public void decline(String reason, String actor, Set<String> roles) {
    CareState next = CareLifecycle.apply(status, CareCommand.DECLINE, roles, reason);
    declineReason = FreeText.limited("reason", "Reason", FreeText.tidyBlock(reason), TEXT_LENGTH);
    triaged(actor);
    moveTo(next, CareCommand.DECLINE, actor, declineReason);
    dueOn = null;
  }

  /**
   * Files a document with the referral. Its type comes from the content; see {@link
   * DocumentType#sniff}. The bytes are stored separately, see {@link AttachmentContent}.
   */
  public Attachment attach(DocumentKind kind, String fileName, byte[] content, String actor) {
    if (status == ReferralStatus.DECLINED) {
      throw new ClinicalRuleViolation(null, "A declined referral takes no more documents.");
    }
    Attachment attachment = new Attachment(this, kind, fileName, content, actor);
    attachments.add(attachment);
    recordOnTimeline(
        EventKind.DOCUMENT_ATTACHED,
        null,
        null,
        actor,
        attachment.getKind().label() + ": " + attachment.getFileName());
    return attachment;
  }

  /**
   * Appends to the episode's timeline. Public because the case file, in its own package, writes its
   * events here too; the timeline is append-only, nothing can change or remove an entry.
   */
  public CaseEvent recordOnTimeline(
      EventKind kind, CareState from, CareState to, String actor, String note) {
    CaseEvent event = CaseEvent.of(this, kind, from, to, actor, note);
    events.add(event);
    return event;
  }

  private void moveTo(CareState next, CareCommand command, String actor, String note) {
    ReferralStatus from = status;
    status = (ReferralStatus) next;
    statusSince = ClinicClock.today();
    recordOnTimeline(command.eventKind(), from, next, actor, note);
  }

  private void triaged(String actor) {
    triagedAt = ClinicClock.now();
    triagedBy = actor;
  }

  private static String tidied(String note) {
    return FreeText.limited("note", "Note", FreeText.tidyBlock(note), TEXT_LENGTH);
  }

  private void apply(ReferralDetails details) {
    Objects.requireNonNull(details, "details");
    if (details.referrer() == null) {
      throw new ClinicalRuleViolation("referrerName", "The referring clinician is required.");
    }
    referrer = details.referrer();
    receivedOn = checkedReceivedOn(details.receivedOn());
    channel = required("channel", "Channel", details.channel());
    question = required("question", "Question", details.question());
    questionDetail =
        FreeText.limited(
            "questionDetail",
            "Question detail",
            FreeText.tidyBlock(details.questionDetail()),
            TEXT_LENGTH);
    urgency = RedFlagRule.urgencyFor(details.urgency(), details.redFlags());
    redFlags.clear();
    if (details.redFlags() != null && !details.redFlags().isEmpty()) {
      redFlags.addAll(EnumSet.copyOf(details.redFlags()));
    }
    redFlag = urgency == Urgency.RED_FLAG;
    backPain = painScore("backPain", "Back pain", details.backPain());
    legPain = painScore("legPain", "Leg pain", details.legPain());
    painDurationMonths = checkedDuration(details.painDurationMonths());
    indexSurgery = checkedIndexSurgery(details.indexSurgery());
  }

  private static <T> T required(String field, String label, T value) {
    if (value == null) {
      throw new ClinicalRuleViolation(field, label + " is required.");
    }
    return value;
  }

  private static LocalDate checkedReceivedOn(LocalDate date) {
    required("receivedOn", "Date received", date);
    if (date.isAfter(ClinicClock.today())) {
      throw new ClinicalRuleViolation("receivedOn", "Date received must not be in the future.");
    }
    return date;
  }

  private static Integer painScore(String field, String label, Integer score) {
    if (score != null && (score < 0 || score > 10)) {
      throw new ClinicalRuleViolation(field, label + " is scored from 0 to 10.");
    }
    return score;
  }

  private static Integer checkedDuration(Integer months) {
    if (months != null && (months < 0 || months > MAX_PAIN_DURATION_MONTHS)) {
      throw new ClinicalRuleViolation(
          "painDurationMonths", "Pain duration must be 0 to 600 months.");
    }
    return months;
  }

  private PriorSpineSurgery checkedIndexSurgery(PriorSpineSurgery surgery) {
    if (surgery == null) {
      return null;
    }
    if (surgery.getPatient() != patient) {
      throw new ClinicalRuleViolation(
          "indexSurgeryId", "The index surgery must be one of this patient's surgeries.");
    }
    if (surgery.isEnteredInError()) {
      throw new ClinicalRuleViolation(
          "indexSurgeryId", "A surgery entered in error cannot be the index surgery.");
    }
    return surgery;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Referrer getReferrer() {
    return referrer;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public ReferralChannel getChannel() {
    return channel;
  }

  public ReferralQuestion getQuestion() {
    return question;
  }

  public String getQuestionDetail() {
    return questionDetail;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Set<RedFlag> getRedFlags() {
    return redFlags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(redFlags));
  }

  public boolean isRedFlag() {
    return redFlag;
  }

  public Integer getBackPain() {
    return backPain;
  }

  public Integer getLegPain() {
    return legPain;
  }

  public Integer getPainDurationMonths() {
    return painDurationMonths;
  }

  public PriorSpineSurgery getIndexSurgery() {
    return indexSurgery;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  /** When triage or the requested information is due; {@code null} once triaged. */
  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getInformationRequested() {
    return informationRequested;
  }

  public LocalDate getInformationDueOn() {
    return informationDueOn;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  /** The case opened by accepting the referral; {@code null} before. */
  public CaseFile getCaseFile() {
    return caseFile;
  }

  /** Documents in the order they were filed. */
  public List<Attachment> getAttachments() {
    return Collections.unmodifiableList(new ArrayList<>(attachments));
  }

  /** The episode's timeline, newest first. */
  public List<CaseEvent> getEvents() {
    List<CaseEvent> newestFirst = new ArrayList<>(events);
    Collections.reverse(newestFirst);
    return Collections.unmodifiableList(newestFirst);
  }

  /** The commands the caller's roles allow now; see {@link CareLifecycle#available}. */
  public Set<CareCommand> availableTo(Set<String> roles) {
    return CareLifecycle.available(status, roles);
  }
}
