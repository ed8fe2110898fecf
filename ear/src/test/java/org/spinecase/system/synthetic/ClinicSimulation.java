package org.spinecase.system.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.LuhnCheckDigit;
import org.spinecase.domain.model.patient.SearchName;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgicalApproach;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.TriageTarget;
import org.spinecase.domain.model.referral.Urgency;

/**
 * Lives of synthetic patients, simulated step by step the way the clinic's lifecycle allows them:
 * a referral arrives with its letter, may wait for information, is declined or accepted by a
 * surgeon or pain specialist, and the case moves through workup, MDT, plan, treatment and follow-up
 * to its closure, with team changes on the way. Every row written follows from those steps, so
 * statuses, dates, triage fields, care teams and the timeline agree with each other and with the
 * state machine. The demo users are the clinicians.
 */
public final class ClinicSimulation {

  /** A clinician of the demo realm as the care team shows them. */
  record Person(String username, String name, Discipline discipline) {
    boolean physician() {
      return discipline == Discipline.SURGERY || discipline == Discipline.PAIN_MEDICINE;
    }
  }

  static final Person ELENA = new Person("surgeon", "Elena Varga", Discipline.SURGERY);
  static final Person TOMAS = new Person("painspecialist", "Tomás Lindqvist", Discipline.PAIN_MEDICINE);
  static final Person JONAS = new Person("drmulti", "Jonas Becker-Holt", Discipline.SURGERY);
  static final Person PRIYA = new Person("physio", "Priya Natarajan", Discipline.PHYSIOTHERAPY);
  static final Person MIRIAM = new Person("psychologist", "Miriam Osei", Discipline.PSYCHOLOGY);
  static final List<Person> PHYSICIANS = List.of(ELENA, TOMAS, JONAS);
  static final List<Person> EVERYONE = List.of(ELENA, TOMAS, JONAS, PRIYA, MIRIAM);
  static final String COORDINATOR = "coordinator";

  public static final String MRN_PREFIX = "SY";

  private enum Step {
    REQUEST_INFO, INFO_RECEIVED, ACCEPT, DECLINE, READY, RETURN, MDT, PLAN, TREAT, FOLLOW_UP, CLOSE,
    ADD_MEMBER, REMOVE_MEMBER, CHANGE_LEAD
  }

  private record Planned(Step step, int gapDays) {}

  /** Where an episode ends up: a referral status, and for an accepted one the case status. */
  private record Outcome(ReferralStatus referral, CaseStatus caseStatus) {}

  private static final List<String> LEVELS = List.of(
      "L4-L5", "L5-S1", "L4-L5", "L5-S1", "L3-L4", "L4-S1", "L3-L5", "L3-S1", "L2-L3", "L5", "T12-L1");
  private static final List<String> INFORMATION = List.of(
      "Recent MRI of the lumbar spine", "Operative report of the last surgery", "Current medication list",
      "Flexion-extension radiographs", "Neurophysiology report", "Psychological screening questionnaires");
  private static final List<String> DECLINE_REASONS = List.of(
      "No indication for further surgery; conservative care with the GP recommended.",
      "Outside the clinic's scope: the leading problem is cervical.",
      "The patient does not wish to be assessed.",
      "Already under the care of another spine centre.");
  private static final List<String> MDT_DECISIONS = List.of(
      "MDT: spinal cord stimulation trial after psychological clearance.",
      "MDT: revision fusion recommended after CT confirmed pseudarthrosis.",
      "MDT: multidisciplinary pain programme, no further surgery.",
      "MDT: diagnostic medial branch blocks first, review afterwards.",
      "MDT: hardware removal, then physiotherapy-led rehabilitation.");
  private static final List<String> CLOSE_REASONS = List.of(
      "Discharged to the GP after the planned follow-up.",
      "The patient chose not to continue treatment.",
      "Conservative management agreed; no further follow-up needed.",
      "The patient moved away; records sent to the new clinic.");
  private static final List<String> RETURN_REASONS = List.of(
      "Imaging incomplete: flexion-extension radiographs needed.",
      "Psychological evaluation outstanding.",
      "Diagnostic injection results awaited.");
  private static final List<String> REMOVAL_REASONS = List.of(
      "No longer needed for this episode.", "Handed over to a colleague outside the clinic.");

  private final RandomGenerator random;
  private final SyntheticNames names;
  private final SyntheticTables tables;
  private final long revision;
  private final LocalDate today;
  private final Instant now;
  private final IdBlock patientIds;
  private final IdBlock surgeryIds;
  private final IdBlock referralIds;
  private final IdBlock attachmentIds;
  private final IdBlock caseIds;
  private final IdBlock memberIds;
  private final SyntheticOutcomes outcomes;
  private long mrnSerial;

  /**
   * @param schedule the clinic's measure schedule (instrument codes per time point, in order) the
   *     cases' measure sets are made from
   */
  public ClinicSimulation(RandomGenerator random, SyntheticTables tables, long revision, long firstMrnSerial,
      IdBlock patientIds, IdBlock surgeryIds, IdBlock referralIds, IdBlock attachmentIds, IdBlock caseIds,
      IdBlock memberIds, Map<TimePoint, List<String>> schedule, IdBlock measureSetIds, IdBlock responseIds,
      IdBlock alertIds) {
    this.random = random;
    this.names = new SyntheticNames(random);
    this.tables = tables;
    this.revision = revision;
    this.today = LocalDate.now(ZoneOffset.UTC);
    this.now = Instant.now();
    this.mrnSerial = firstMrnSerial;
    this.patientIds = patientIds;
    this.surgeryIds = surgeryIds;
    this.referralIds = referralIds;
    this.attachmentIds = attachmentIds;
    this.caseIds = caseIds;
    this.memberIds = memberIds;
    this.outcomes = new SyntheticOutcomes(random, tables, revision, today, now, schedule, measureSetIds, responseIds,
        alertIds);
  }

  /** Upper bounds of the rows one patient can produce, for reserving ids. */
  public static final int MAX_SURGERIES = 3;
  public static final int MAX_REFERRALS = 2;
  public static final int MAX_ATTACHMENTS_PER_REFERRAL = 2;
  public static final int MAX_MEMBERS_PER_CASE = 6;
  public static final int MAX_MEASURE_SETS_PER_CASE = SyntheticOutcomes.MAX_SETS_PER_CASE;
  public static final int MAX_RESPONSES_PER_CASE = SyntheticOutcomes.MAX_RESPONSES_PER_CASE;
  public static final int MAX_ALERTS_PER_CASE = SyntheticOutcomes.MAX_ALERTS_PER_CASE;

  // ---------------------------------------------------------------------------------------------
  // Patients

  private record Facts(long id, String mrn, String familyName, String givenName, LocalDate dateOfBirth,
      List<Surgery> surgeries) {}

  private record Surgery(long id, LocalDate date, SpineProcedure procedure, String levels, boolean enteredInError) {}

  /** One patient with their prior surgeries and one or two episodes of care. */
  public void patient() {
    long id = patientIds.next();
    boolean female = random.nextInt(100) < 52;
    Sex sex = chance(1) ? (random.nextBoolean() ? Sex.OTHER : Sex.UNKNOWN) : female ? Sex.FEMALE : Sex.MALE;
    String family = names.familyName();
    String given = names.givenName(female);
    LocalDate dateOfBirth = today.minusYears(28 + gaussianInt(27, 12, 0, 57)).minusDays(random.nextInt(365));
    String mrn = nextMrn();

    Outcome current = currentOutcome();
    List<Planned> currentPlan = plan(current);
    LocalDate currentStart = today.minusDays(total(currentPlan) + dwell(current));
    Outcome earlier = chance(12) ? (chance(40) ? new Outcome(ReferralStatus.DECLINED, null)
        : new Outcome(ReferralStatus.ACCEPTED, CaseStatus.CLOSED)) : null;
    List<Planned> earlierPlan = earlier == null ? null : plan(earlier);
    LocalDate earlierStart = earlier == null ? null
        : currentStart.minusDays(30 + random.nextInt(400) + total(earlierPlan));
    LocalDate firstReferral = earlierStart != null ? earlierStart : currentStart;

    Instant registeredAt = at(firstReferral, null);
    String registeredBy = receiver();
    List<Surgery> surgeries = surgeries(id, dateOfBirth, firstReferral, registeredAt, registeredBy);
    Facts facts = new Facts(id, mrn, family, given, dateOfBirth, surgeries);
    writePatient(facts, sex, female, registeredAt, registeredBy);

    if (earlier != null) {
      episode(facts, earlier, earlierPlan, earlierStart, registeredAt, registeredBy);
    }
    episode(facts, current, currentPlan, currentStart,
        earlier == null ? registeredAt : null, earlier == null ? registeredBy : null);
  }

  private String nextMrn() {
    if (mrnSerial > 999_999) {
      throw new IllegalStateException("The synthetic MRN range " + MRN_PREFIX + "-000001.." + MRN_PREFIX + "-999999 is used up");
    }
    String digits = String.format("%06d", mrnSerial++);
    return MRN_PREFIX + "-" + digits + LuhnCheckDigit.of(digits);
  }

  private void writePatient(Facts p, Sex sex, boolean female, Instant at, String by) {
    int age = (int) ChronoUnit.YEARS.between(p.dateOfBirth(), today);
    SmokingStatus smoking = pickWeighted(SmokingStatus.values(), 45, 30, 20, 5);
    DiabetesStatus diabetes = pickWeighted(DiabetesStatus.values(), 75, 2, 17, 1, 5);
    BigDecimal bmi = chance(6) ? null
        : BigDecimal.valueOf(Math.min(55, Math.max(16, 28.5 + random.nextGaussian() * 5))).setScale(1, RoundingMode.HALF_UP);
    Boolean osteoporosis = chance(18) ? null : chance(female && age > 60 ? 30 : 6);
    Boolean autoimmune = chance(20) ? null : chance(6);
    Boolean vascular = chance(20) ? null : chance(age > 65 ? 20 : 6);
    String phone = chance(90) ? names.phone() : null;
    String email = chance(70) ? names.email(p.givenName(), p.familyName(), p.id()) : null;
    String address = chance(85) ? names.address() : null;
    String language = pickWeighted(new String[] {"en", "de", "fr", "it", "es"}, 60, 20, 10, 5, 5);
    tables.patient.row(p.id(), 0L, at, by, at, by, p.mrn(), p.familyName(), p.givenName(),
        SearchName.of(p.familyName(), p.givenName()), p.dateOfBirth(), sex, phone, email, address, language,
        smoking, diabetes, bmi, osteoporosis, autoimmune, vascular);
    tables.patientAud.row(p.id(), revision, 0, p.mrn(), p.familyName(), p.givenName(), p.dateOfBirth(), sex,
        phone, email, address, language, smoking, diabetes, bmi, osteoporosis, autoimmune, vascular);
  }

  /** 0 to 3 operations between the age of 25 and two months before the first referral. */
  private List<Surgery> surgeries(long patientId, LocalDate dateOfBirth, LocalDate firstReferral, Instant at,
      String by) {
    int count = pickWeighted(new Integer[] {0, 1, 2, 3}, 8, 45, 32, 15);
    LocalDate earliest = dateOfBirth.plusYears(25);
    LocalDate latest = firstReferral.minusMonths(2);
    List<Surgery> surgeries = new ArrayList<>();
    if (count == 0 || !earliest.isBefore(latest)) {
      return surgeries;
    }
    long span = ChronoUnit.DAYS.between(earliest, latest);
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // most operations lie in the last ten years before the referral
      long back = Math.min(span, (long) (Math.abs(random.nextGaussian()) * 1400));
      dates.add(latest.minusDays(back));
    }
    dates.sort(null);
    String levels = names.pick(LEVELS);
    String hospital = names.hospital();
    for (int i = 0; i < dates.size(); i++) {
      SpineProcedure procedure = procedure(i);
      if (i > 0 && chance(40)) {
        levels = names.pick(LEVELS);
      }
      boolean error = chance(1);
      Surgery surgery = new Surgery(surgeryIds.next(), dates.get(i), procedure, levels, error);
      SurgicalApproach approach = approach(procedure);
      String implants = implants(procedure);
      String where = chance(80) ? hospital : names.hospital();
      String errorReason = error ? "Duplicate entry of the same operation (synthetic)." : null;
      tables.surgery.row(surgery.id(), error ? 1L : 0L, at, by, at, by, patientId, surgery.date(), procedure,
          levels, approach, where, implants, error, errorReason);
      tables.surgeryAud.row(surgery.id(), revision, 0, patientId, surgery.date(), procedure, levels, approach,
          where, implants, error, errorReason);
      surgeries.add(surgery);
    }
    return surgeries;
  }

  private SpineProcedure procedure(int index) {
    if (index == 0) {
      return pickWeighted(new SpineProcedure[] {SpineProcedure.MICRODISCECTOMY, SpineProcedure.DISCECTOMY,
          SpineProcedure.LAMINECTOMY, SpineProcedure.LAMINOTOMY, SpineProcedure.FORAMINOTOMY, SpineProcedure.TLIF,
          SpineProcedure.PLIF, SpineProcedure.POSTEROLATERAL_FUSION, SpineProcedure.DISC_ARTHROPLASTY,
          SpineProcedure.INTERSPINOUS_DEVICE}, 30, 12, 14, 6, 4, 12, 6, 8, 4, 4);
    }
    return pickWeighted(new SpineProcedure[] {SpineProcedure.TLIF, SpineProcedure.PLIF, SpineProcedure.ALIF,
        SpineProcedure.LLIF, SpineProcedure.OLIF, SpineProcedure.POSTEROLATERAL_FUSION, SpineProcedure.LAMINECTOMY,
        SpineProcedure.MICRODISCECTOMY, SpineProcedure.HARDWARE_REMOVAL, SpineProcedure.SCS_IMPLANT,
        SpineProcedure.OTHER}, 20, 8, 8, 5, 4, 14, 10, 10, 12, 6, 3);
  }

  private SurgicalApproach approach(SpineProcedure procedure) {
    return switch (procedure) {
      case MICRODISCECTOMY, LAMINOTOMY, FORAMINOTOMY -> chance(70) ? SurgicalApproach.POSTERIOR_MIS
          : SurgicalApproach.POSTERIOR_OPEN;
      case TLIF -> chance(50) ? SurgicalApproach.POSTERIOR_MIS : SurgicalApproach.POSTERIOR_OPEN;
      case DISCECTOMY, LAMINECTOMY, PLIF, HARDWARE_REMOVAL, INTERSPINOUS_DEVICE, SCS_IMPLANT ->
          SurgicalApproach.POSTERIOR_OPEN;
      case ALIF, DISC_ARTHROPLASTY -> SurgicalApproach.ANTERIOR;
      case LLIF -> SurgicalApproach.LATERAL;
      case OLIF -> SurgicalApproach.OBLIQUE;
      case POSTEROLATERAL_FUSION -> SurgicalApproach.POSTEROLATERAL;
      case OTHER -> chance(50) ? null : SurgicalApproach.OTHER;
    };
  }

  private static String implants(SpineProcedure procedure) {
    return switch (procedure) {
      case TLIF, PLIF -> "Interbody cage, pedicle screws and rods";
      case ALIF, OLIF, LLIF -> "Interbody cage";
      case POSTEROLATERAL_FUSION -> "Pedicle screws and rods";
      case DISC_ARTHROPLASTY -> "Disc prosthesis";
      case INTERSPINOUS_DEVICE -> "Interspinous spacer";
      case SCS_IMPLANT -> "Paddle lead with implanted pulse generator";
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Episodes: planning

  /** The current episode of a patient: referral statuses and case statuses in clinic proportions. */
  private Outcome currentOutcome() {
    int roll = random.nextInt(1000);
    if (roll < 80) {
      return new Outcome(ReferralStatus.RECEIVED, null);
    }
    if (roll < 120) {
      return new Outcome(ReferralStatus.AWAITING_INFORMATION, null);
    }
    if (roll < 200) {
      return new Outcome(ReferralStatus.DECLINED, null);
    }
    CaseStatus status = pickWeighted(CaseStatus.values(), 25, 8, 6, 6, 15, 15, 25);
    return new Outcome(ReferralStatus.ACCEPTED, status);
  }

  /** The steps from arrival to the outcome, each with the days since the previous step. */
  private List<Planned> plan(Outcome outcome) {
    List<Planned> steps = new ArrayList<>();
    boolean asked = outcome.referral() == ReferralStatus.AWAITING_INFORMATION || chance(12);
    if (asked) {
      steps.add(new Planned(Step.REQUEST_INFO, days(1, 5)));
      if (outcome.referral() != ReferralStatus.AWAITING_INFORMATION) {
        steps.add(new Planned(Step.INFO_RECEIVED, days(4, 25)));
      }
    }
    switch (outcome.referral()) {
      case RECEIVED, AWAITING_INFORMATION -> {
        // waits now
      }
      case DECLINED -> steps.add(new Planned(Step.DECLINE, days(1, 10)));
      case ACCEPTED -> {
        steps.add(new Planned(Step.ACCEPT, days(1, 10)));
        caseSteps(outcome.caseStatus(), steps);
      }
    }
    return steps;
  }

  private void caseSteps(CaseStatus target, List<Planned> steps) {
    int acceptIndex = steps.size() - 1;
    CaseStatus closedFrom = target == CaseStatus.CLOSED
        ? pickWeighted(new CaseStatus[] {CaseStatus.FOLLOW_UP, CaseStatus.WORKUP, CaseStatus.MDT_DECIDED,
            CaseStatus.IN_TREATMENT}, 65, 10, 15, 10)
        : target;
    CaseStatus reached = CaseStatus.WORKUP;
    while (reached != closedFrom) {
      switch (reached) {
        case WORKUP -> {
          steps.add(new Planned(Step.READY, days(14, 60)));
          if (chance(10)) {
            steps.add(new Planned(Step.RETURN, days(2, 14)));
            steps.add(new Planned(Step.READY, days(7, 30)));
          }
          reached = CaseStatus.READY_FOR_MDT;
        }
        case READY_FOR_MDT -> {
          steps.add(new Planned(Step.MDT, days(3, 21)));
          reached = CaseStatus.MDT_DECIDED;
        }
        case MDT_DECIDED -> {
          steps.add(new Planned(Step.PLAN, days(3, 30)));
          reached = CaseStatus.PLAN_AGREED;
        }
        case PLAN_AGREED -> {
          steps.add(new Planned(Step.TREAT, days(7, 60)));
          reached = CaseStatus.IN_TREATMENT;
        }
        case IN_TREATMENT -> {
          steps.add(new Planned(Step.FOLLOW_UP, days(30, 180)));
          reached = CaseStatus.FOLLOW_UP;
        }
        default -> throw new IllegalStateException("No step after " + reached);
      }
    }
    if (target == CaseStatus.CLOSED) {
      steps.add(new Planned(Step.CLOSE, closedFrom == CaseStatus.FOLLOW_UP ? days(30, 365) : days(7, 60)));
    }
    // team changes happen while the case is open: after the acceptance, before any closure
    int openEnd = target == CaseStatus.CLOSED ? steps.size() - 1 : steps.size();
    for (Step change : List.of(Step.ADD_MEMBER, Step.REMOVE_MEMBER, Step.CHANGE_LEAD)) {
      int percent = change == Step.ADD_MEMBER ? 15 : change == Step.REMOVE_MEMBER ? 4 : 3;
      if (chance(percent)) {
        int position = acceptIndex + 1 + random.nextInt(openEnd - acceptIndex);
        steps.add(position, new Planned(change, days(1, 20)));
        openEnd++;
      }
    }
  }

  /** Days spent in the final status up to today. */
  private int dwell(Outcome outcome) {
    return switch (outcome.referral()) {
      case RECEIVED -> days(0, 8);
      case AWAITING_INFORMATION -> days(0, 30);
      case DECLINED -> days(0, 700);
      case ACCEPTED -> switch (outcome.caseStatus()) {
        case WORKUP -> days(0, 45);
        case READY_FOR_MDT -> days(0, 14);
        case MDT_DECIDED -> days(0, 21);
        case PLAN_AGREED -> days(0, 30);
        case IN_TREATMENT -> days(0, 90);
        case FOLLOW_UP -> days(0, 180);
        case CLOSED -> days(0, 700);
      };
    };
  }

  private static int total(List<Planned> steps) {
    return steps.stream().mapToInt(Planned::gapDays).sum();
  }

  // ---------------------------------------------------------------------------------------------
  // Episodes: simulation

  /** The state of one episode while its steps are played. */
  private final class Episode {
    final long referralId = referralIds.next();
    final Facts patient;
    final Urgency urgency;
    final Set<RedFlag> redFlags;
    final ReferralQuestion question;
    final Person triager;
    final List<Object[]> events = new ArrayList<>();
    ReferralStatus referralStatus = ReferralStatus.RECEIVED;
    LocalDate referralSince;
    LocalDate dueOn;
    String informationRequested;
    LocalDate informationDueOn;
    String declineReason;
    Instant triagedAt;
    String triagedBy;
    Instant referralChangedAt;
    String referralChangedBy;
    long referralVersion;
    Instant last;

    Long caseId;
    CaseStatus caseStatus;
    LocalDate caseSince;
    Person lead;
    Instant openedAt;
    String openedBy;
    LocalDate openedOn;
    LocalDate readyOn;
    LocalDate treatedOn;
    Instant treatedAt;
    String treatedBy;
    LocalDate closedOn;
    Instant closedAt;
    String closeReason;
    Instant caseChangedAt;
    String caseChangedBy;
    long caseVersion;
    final List<Membership> members = new ArrayList<>();

    Episode(Facts patient) {
      this.patient = patient;
      int roll = random.nextInt(1000);
      this.urgency = roll < 30 ? Urgency.RED_FLAG : roll < 150 ? Urgency.URGENT : Urgency.ROUTINE;
      this.redFlags = urgency == Urgency.RED_FLAG ? flags() : Set.of();
      this.question = question(patient.surgeries().size());
      this.triager = physicianFor(question);
    }

    void event(Instant at, String actor, EventKind kind, Object from, Object to, String note) {
      events.add(new Object[] {referralId, at, actor, kind, from, to, note});
      last = at;
    }

    Membership join(Person person, Discipline discipline, Instant at, String by) {
      Membership member = new Membership(memberIds.next(), person, discipline, at, by);
      members.add(member);
      return member;
    }

    List<Membership> active() {
      return members.stream().filter(m -> m.removedAt == null).toList();
    }
  }

  private static final class Membership {
    final long id;
    final Person person;
    final Discipline discipline;
    final Instant addedAt;
    final String addedBy;
    boolean lead;
    Instant changedAt;
    String changedBy;
    long version;
    Instant removedAt;
    String removedBy;
    String removalReason;

    Membership(long id, Person person, Discipline discipline, Instant addedAt, String addedBy) {
      this.id = id;
      this.person = person;
      this.discipline = discipline;
      this.addedAt = addedAt;
      this.addedBy = addedBy;
      this.changedAt = addedAt;
      this.changedBy = addedBy;
    }
  }

  private void episode(Facts patient, Outcome outcome, List<Planned> steps, LocalDate start, Instant receivedAt,
      String receivedBy) {
    Episode e = new Episode(patient);
    String receiver = receivedBy != null ? receivedBy : receiver();
    Instant arrived = receivedAt != null ? receivedAt : at(start, null);
    LocalDate receivedOn = start;
    e.referralSince = receivedOn;
    e.dueOn = TriageTarget.dueOn(receivedOn);
    e.referralChangedAt = arrived;
    e.referralChangedBy = receiver;
    String referrer = names.referrer();
    String hospital = names.hospital();
    e.event(arrived, receiver, EventKind.REFERRAL_RECEIVED, null, ReferralStatus.RECEIVED,
        "From " + referrer + ": " + e.question.label());
    List<Object[]> attachments = attachments(e, referrer, receivedOn, receiver);

    LocalDate day = start;
    for (Planned planned : steps) {
      // red flags are triaged at once; the lifecycle after that takes its usual time
      int gap = e.urgency == Urgency.RED_FLAG && e.caseId == null ? Math.min(planned.gapDays(), 1) : planned.gapDays();
      day = day.plusDays(gap);
      play(e, planned.step(), day);
    }

    Surgery index = indexSurgery(patient);
    String detail = questionDetail(e.question, patient, index);
    Integer backPain = chance(95) ? 3 + random.nextInt(8) : null;
    Integer legPain = chance(95) ? 2 + random.nextInt(9) : null;
    Integer duration = chance(90) ? 6 + random.nextInt(235) : null;
    ReferralChannel channel = pickWeighted(ReferralChannel.values(), 30, 25, 10, 30, 5);
    String contact = "referrals@" + hospital.toLowerCase().replace(' ', '-') + ".example.invalid";
    tables.referral.row(e.referralId, e.referralVersion, arrived, receiver, e.referralChangedAt, e.referralChangedBy,
        patient.id(), referrer, hospital, contact, receivedOn, channel, e.question, detail, e.urgency,
        e.urgency == Urgency.RED_FLAG, backPain, legPain, duration, index == null ? null : index.id(),
        e.referralStatus, e.referralSince, e.dueOn, e.informationRequested, e.informationDueOn, e.declineReason,
        e.triagedAt, e.triagedBy);
    tables.referralAud.row(e.referralId, revision, 0, patient.id(), referrer, hospital, contact, receivedOn, channel,
        e.question, detail, e.urgency, backPain, legPain, duration, index == null ? null : index.id(),
        e.referralStatus, e.informationRequested, e.informationDueOn, e.declineReason, e.triagedAt, e.triagedBy);
    for (RedFlag flag : e.redFlags) {
      tables.redFlag.row(e.referralId, flag);
      tables.redFlagAud.row(revision, 0, e.referralId, flag);
    }
    for (Object[] attachment : attachments) {
      tables.attachment.row(java.util.Arrays.copyOf(attachment, 9));
      tables.attachmentContent.row(attachment[0], attachment[9]);
    }
    if (e.caseId != null) {
      writeCase(e);
      outcomes.write(new SyntheticOutcomes.CaseStory(e.caseId, patient.id(), e.openedAt, e.openedBy, e.openedOn,
          e.readyOn, e.treatedAt, e.treatedBy, e.treatedOn, e.closedOn, backPain, legPain, e.lead.username(),
          e.active().stream().map(m -> m.person.username()).toList()));
    }
    for (Object[] event : e.events) {
      tables.event.row(event);
    }
  }

  private List<Object[]> attachments(Episode e, String referrer, LocalDate receivedOn, String by) {
    List<Object[]> files = new ArrayList<>();
    Facts p = e.patient;
    byte[] letter = SyntheticLetter.pdf(List.of(
        "SYNTHETIC TEST DATA - not a real patient, not a real letter",
        "Referral letter, " + receivedOn,
        "From: " + referrer,
        "Re: " + p.familyName() + ", " + p.givenName() + ", born " + p.dateOfBirth() + ", MRN " + p.mrn(),
        "Question: " + e.question.label(),
        "Urgency: " + e.urgency.name()));
    files.add(file(e, DocumentKind.REFERRAL_LETTER, "referral-letter-" + p.mrn() + ".pdf", letter, by));
    if (chance(20)) {
      boolean imaging = random.nextBoolean();
      byte[] report = SyntheticLetter.pdf(List.of(
          "SYNTHETIC TEST DATA - not a real patient, not a real report",
          (imaging ? "MRI lumbar spine" : "Outpatient report") + " for MRN " + p.mrn(),
          imaging ? "Postoperative changes; no new compressive lesion." : "Persistent radicular pain."));
      files.add(file(e, imaging ? DocumentKind.IMAGING_REPORT : DocumentKind.OUTSIDE_REPORT,
          (imaging ? "mri-report-" : "outside-report-") + p.mrn() + ".pdf", report, by));
    }
    return files;
  }

  private Object[] file(Episode e, DocumentKind kind, String fileName, byte[] content, String by) {
    long id = attachmentIds.next();
    Instant at = e.last.plusSeconds(20 + random.nextInt(300));
    e.event(at, by, EventKind.DOCUMENT_ATTACHED, null, null, kind.label() + ": " + fileName);
    return new Object[] {id, e.referralId, kind, fileName, DocumentType.PDF, (long) content.length,
        Attachment.sha256Of(content), at, by, content};
  }

  private void play(Episode e, Step step, LocalDate day) {
    Instant at = at(day, e.last);
    switch (step) {
      case REQUEST_INFO -> {
        String what = names.pick(INFORMATION);
        LocalDate due = day.plusDays(days(7, 28));
        changeReferral(e, ReferralStatus.AWAITING_INFORMATION, day, at, e.triager.username(),
            EventKind.INFORMATION_REQUESTED, what + " (due " + due + ")");
        e.informationRequested = what;
        e.informationDueOn = due;
        e.dueOn = due;
      }
      case INFO_RECEIVED -> {
        changeReferral(e, ReferralStatus.RECEIVED, day, at, COORDINATOR, EventKind.INFORMATION_RECEIVED,
            chance(50) ? "Arrived by e-mail." : null);
        e.dueOn = TriageTarget.dueOn(day);
      }
      case DECLINE -> {
        String reason = names.pick(DECLINE_REASONS);
        e.declineReason = reason;
        e.triagedAt = at;
        e.triagedBy = e.triager.username();
        changeReferral(e, ReferralStatus.DECLINED, day, at, e.triager.username(), EventKind.REFERRAL_DECLINED, reason);
        e.dueOn = null;
      }
      case ACCEPT -> accept(e, day, at);
      case READY -> {
        caseCommand(e, CaseStatus.READY_FOR_MDT, day, at, null);
        if (e.readyOn == null) {
          e.readyOn = day;
        }
      }
      case RETURN -> caseCommand(e, CaseStatus.WORKUP, day, at, names.pick(RETURN_REASONS));
      case MDT -> caseCommand(e, CaseStatus.MDT_DECIDED, day, at, names.pick(MDT_DECISIONS));
      case PLAN -> caseCommand(e, CaseStatus.PLAN_AGREED, day, at, null);
      case TREAT -> {
        caseCommand(e, CaseStatus.IN_TREATMENT, day, at, null);
        e.treatedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
        e.treatedAt = at;
        e.treatedBy = e.caseChangedBy;
      }
      case FOLLOW_UP -> caseCommand(e, CaseStatus.FOLLOW_UP, day, at, null);
      case CLOSE -> {
        String reason = names.pick(CLOSE_REASONS);
        e.closedAt = at;
        e.closedOn = day;
        e.closeReason = reason;
        caseCommand(e, CaseStatus.CLOSED, day, at, reason);
      }
      case ADD_MEMBER -> addMember(e, at);
      case REMOVE_MEMBER -> removeMember(e, at);
      case CHANGE_LEAD -> changeLead(e, at);
    }
  }

  private void changeReferral(Episode e, ReferralStatus to, LocalDate day, Instant at, String actor, EventKind kind,
      String note) {
    e.event(at, actor, kind, e.referralStatus, to, note);
    e.referralStatus = to;
    e.referralSince = day;
    e.referralChangedAt = at;
    e.referralChangedBy = actor;
    e.referralVersion++;
  }

  private void accept(Episode e, LocalDate day, Instant at) {
    Person lead = chance(80) ? e.triager : otherPhysician(e.triager);
    e.caseId = caseIds.next();
    e.caseStatus = CaseStatus.WORKUP;
    e.caseSince = day;
    e.lead = lead;
    e.openedAt = at;
    // the application counts from the day it opened the case, which is the instant's day
    e.openedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
    e.openedBy = e.triager.username();
    e.caseChangedAt = at;
    e.caseChangedBy = e.triager.username();
    e.triagedAt = at;
    e.triagedBy = e.triager.username();
    e.join(lead, lead.discipline(), at, e.triager.username()).lead = true;
    if (chance(75)) {
      e.join(PRIYA, PRIYA.discipline(), at, e.triager.username());
    }
    if (e.question == ReferralQuestion.SCS_EVALUATION || chance(40)) {
      e.join(MIRIAM, MIRIAM.discipline(), at, e.triager.username());
    }
    if (chance(25)) {
      Person colleague = otherPhysician(lead);
      e.join(colleague, colleague.discipline(), at, e.triager.username());
    }
    ReferralStatus from = e.referralStatus;
    e.event(at, e.triager.username(), EventKind.REFERRAL_ACCEPTED, from, CaseStatus.WORKUP,
        chance(60) ? "Accepted for a multidisciplinary assessment." : null);
    e.referralStatus = ReferralStatus.ACCEPTED;
    e.referralSince = day;
    e.referralChangedAt = at;
    e.referralChangedBy = e.triager.username();
    e.referralVersion++;
    e.dueOn = null;
  }

  private void caseCommand(Episode e, CaseStatus to, LocalDate day, Instant at, String reason) {
    String actor = actingPhysician(e);
    e.event(at, actor, EventKind.STATUS_CHANGED, e.caseStatus, to, reason);
    e.caseStatus = to;
    e.caseSince = day;
    e.caseChangedAt = at;
    e.caseChangedBy = actor;
    e.caseVersion++;
  }

  /** The lead mostly; sometimes another surgeon or pain specialist of the team. */
  private String actingPhysician(Episode e) {
    List<Membership> others = e.active().stream().filter(m -> m.person.physician() && !m.lead).toList();
    if (!others.isEmpty() && chance(15)) {
      return others.get(random.nextInt(others.size())).person.username();
    }
    return e.lead.username();
  }

  private void addMember(Episode e, Instant at) {
    List<Person> candidates = EVERYONE.stream()
        .filter(p -> e.active().stream().noneMatch(m -> m.person.equals(p)))
        .filter(p -> e.members.stream().noneMatch(m -> m.person.equals(p) && m.removedAt != null))
        .toList();
    if (candidates.isEmpty()) {
      return;
    }
    Person person = candidates.get(random.nextInt(candidates.size()));
    String actor = chance(50) ? COORDINATOR : e.lead.username();
    Membership member = e.join(person, person.discipline(), at, actor);
    e.event(at, actor, EventKind.MEMBER_ADDED, null, null, describe(member));
    e.caseChangedAt = at;
    e.caseChangedBy = actor;
    e.caseVersion++;
  }

  private void removeMember(Episode e, Instant at) {
    List<Membership> removable = e.active().stream().filter(m -> !m.lead).toList();
    if (removable.isEmpty()) {
      return;
    }
    Membership member = removable.get(random.nextInt(removable.size()));
    String actor = chance(50) ? COORDINATOR : e.lead.username();
    String reason = names.pick(REMOVAL_REASONS);
    member.removedAt = at;
    member.removedBy = actor;
    member.removalReason = reason;
    member.changedAt = at;
    member.changedBy = actor;
    member.version++;
    e.event(at, actor, EventKind.MEMBER_REMOVED, null, null, describe(member) + ": " + reason);
    e.caseChangedAt = at;
    e.caseChangedBy = actor;
    e.caseVersion++;
  }

  private void changeLead(Episode e, Instant at) {
    Person next = otherPhysician(e.lead);
    String actor = chance(50) ? COORDINATOR : e.lead.username();
    String previous = e.lead.name();
    for (Membership m : e.active()) {
      if (m.lead) {
        m.lead = false;
        m.changedAt = at;
        m.changedBy = actor;
        m.version++;
      }
    }
    Membership successor = e.active().stream().filter(m -> m.person.equals(next)).findFirst()
        .orElseGet(() -> e.join(next, next.discipline(), at, actor));
    if (!successor.addedAt.equals(at)) {
      successor.changedAt = at;
      successor.changedBy = actor;
      successor.version++;
    }
    successor.lead = true;
    e.lead = next;
    e.event(at, actor, EventKind.LEAD_CHANGED, null, null, previous + " to " + next.name());
    e.caseChangedAt = at;
    e.caseChangedBy = actor;
    e.caseVersion++;
  }

  private static String describe(Membership member) {
    return member.person.name() + " (" + member.discipline.label() + ")";
  }

  private void writeCase(Episode e) {
    boolean redFlag = e.urgency == Urgency.RED_FLAG;
    tables.caseFile.row(e.caseId, e.caseVersion, e.openedAt, e.openedBy, e.caseChangedAt, e.caseChangedBy,
        e.patient.id(), e.referralId, e.caseStatus, e.caseSince, e.lead.username(), e.lead.name(), redFlag,
        e.openedAt, e.closedAt, e.closeReason);
    tables.caseFileAud.row(e.caseId, revision, 0, e.patient.id(), e.referralId, e.caseStatus, e.lead.username(),
        e.lead.name(), redFlag, e.openedAt, e.closedAt, e.closeReason);
    for (Membership m : e.members) {
      tables.member.row(m.id, m.version, m.addedAt, m.addedBy, m.changedAt, m.changedBy, e.caseId,
          m.person.username(), m.person.name(), m.discipline, m.lead, m.addedAt, m.addedBy, m.removedAt,
          m.removedBy, m.removalReason);
      tables.memberAud.row(m.id, revision, 0, e.caseId, m.person.username(), m.person.name(), m.discipline, m.lead,
          m.addedAt, m.addedBy, m.removedAt, m.removedBy, m.removalReason);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small choices

  private Set<RedFlag> flags() {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    RedFlag[] all = RedFlag.values();
    flags.add(all[random.nextInt(all.length)]);
    if (chance(20)) {
      flags.add(all[random.nextInt(all.length)]);
    }
    return flags;
  }

  private ReferralQuestion question(int surgeries) {
    if (surgeries == 0) {
      return pickWeighted(new ReferralQuestion[] {ReferralQuestion.PAIN_MANAGEMENT,
          ReferralQuestion.SECOND_OPINION_FURTHER_SURGERY, ReferralQuestion.OTHER}, 60, 30, 10);
    }
    return pickWeighted(ReferralQuestion.values(), 35, 20, 20, 20, 5);
  }

  /** Surgeons see the surgical questions, pain specialists the neuromodulation and pain ones. */
  private Person physicianFor(ReferralQuestion question) {
    return switch (question) {
      case SCS_EVALUATION, PAIN_MANAGEMENT -> pickWeighted(new Person[] {TOMAS, JONAS, ELENA}, 60, 30, 10);
      case SECOND_OPINION_FURTHER_SURGERY, REVISION_EVALUATION -> pickWeighted(new Person[] {ELENA, JONAS, TOMAS},
          60, 30, 10);
      case OTHER -> names.pick(PHYSICIANS);
    };
  }

  private Person otherPhysician(Person than) {
    List<Person> others = PHYSICIANS.stream().filter(p -> !p.equals(than)).toList();
    return others.get(random.nextInt(others.size()));
  }

  private String receiver() {
    return pickWeighted(new String[] {COORDINATOR, ELENA.username(), TOMAS.username(), JONAS.username()},
        75, 10, 10, 5);
  }

  private Surgery indexSurgery(Facts patient) {
    List<Surgery> valid = patient.surgeries().stream().filter(s -> !s.enteredInError()).toList();
    return valid.isEmpty() || chance(10) ? null : valid.get(valid.size() - 1);
  }

  private static String questionDetail(ReferralQuestion question, Facts patient, Surgery index) {
    String after = index == null ? "" : " after " + index.procedure().label() + " at " + index.levels();
    return switch (question) {
      case SECOND_OPINION_FURTHER_SURGERY -> "Persistent leg pain" + after + "; is further surgery indicated?";
      case SCS_EVALUATION -> "Neuropathic leg pain despite " + patient.surgeries().size()
          + " operation(s); candidate for spinal cord stimulation?";
      case REVISION_EVALUATION -> "Suspected pseudarthrosis or adjacent segment disease" + after + ".";
      case PAIN_MANAGEMENT -> "Escalating analgesic use; requests multidisciplinary pain management.";
      case OTHER -> "Please assess and advise.";
    };
  }

  /** A working-day time on the given day, after {@code after}, never in the future. */
  private Instant at(LocalDate day, Instant after) {
    Instant candidate = day.atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60))
        .toInstant(ZoneOffset.UTC);
    if (after != null && !candidate.isAfter(after)) {
      candidate = after.plusSeconds(300 + random.nextInt(5400));
    }
    if (candidate.isAfter(now)) {
      Instant floor = after == null ? day.atStartOfDay().toInstant(ZoneOffset.UTC) : after;
      long room = Math.max(1, ChronoUnit.SECONDS.between(floor, now));
      candidate = floor.plusSeconds(1 + random.nextLong(room));
      if (candidate.isAfter(now)) {
        candidate = now;
      }
    }
    return candidate;
  }

  private int days(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private int gaussianInt(int mean, int deviation, int min, int max) {
    return (int) Math.max(min, Math.min(max, Math.round(mean + random.nextGaussian() * deviation)));
  }

  private <T> T pickWeighted(T[] values, int... weights) {
    int sum = 0;
    for (int weight : weights) {
      sum += weight;
    }
    int roll = random.nextInt(sum);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
