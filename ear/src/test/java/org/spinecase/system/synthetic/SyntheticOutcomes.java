package org.spinecase.system.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.spinecase.domain.model.outcome.Answers;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.FlagSetConverter;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.Score;
import org.spinecase.domain.model.outcome.ScoreValue;
import org.spinecase.domain.model.outcome.Scoring;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * The outcome measures of one synthetic case, as the application would have recorded them: the
 * baseline measure set when the case opened and the 3/6/12-month sets when treatment started (from
 * the clinic's schedule, with the due and overdue days of {@link MeasureSet#due}); for cases past
 * workup complete baseline questionnaires, and for follow-ups whose day has come the follow-up
 * ones, each ticked off its set. Answers are invented per item, with pain and disability falling
 * after treatment for most patients, not for all; totals, bands, flags, subscales and LOINC codes
 * are the domain's score of those answers, never typed. A PHQ-9 item 9 above zero raises a safety
 * alert, acknowledged with a note by the care team for most, open for some.
 */
public final class SyntheticOutcomes {

  /** What the clinic collects at each point (the rest of the schedule stays outstanding). */
  static final List<String> BASELINE_INSTRUMENTS = List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9", "GAD-7");
  static final List<String> FOLLOW_UP_INSTRUMENTS = List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9");
  private static final List<TimePoint> FOLLOW_UPS = List.of(TimePoint.MONTH_3, TimePoint.MONTH_6, TimePoint.MONTH_12);

  /** Upper bounds per case, for reserving ids. */
  public static final int MAX_SETS_PER_CASE = 4;
  public static final int MAX_RESPONSES_PER_CASE = BASELINE_INSTRUMENTS.size() + 3 * FOLLOW_UP_INSTRUMENTS.size();
  public static final int MAX_ALERTS_PER_CASE = 4;

  private static final String LANGUAGE = "en";
  private static final RecallPeriod PAIN_RECALL = RecallPeriod.AVERAGE_1_WEEK;
  private static final List<String> ACKNOWLEDGEMENTS = List.of(
      "Called the patient the same day: no plan or intent, safety plan discussed, GP informed. (synthetic)",
      "Seen by the psychologist after the visit; passive thoughts only, follow-up booked. (synthetic)",
      "Discussed with the patient in clinic; crisis line numbers given, GP letter sent. (synthetic)",
      "Patient already in care of the community mental health team; team informed. (synthetic)");

  /** The parts of a case's story the measures depend on, from the lifecycle simulation. */
  public record CaseStory(long caseId, long patientId, Instant openedAt, String openedBy, LocalDate openedOn,
      LocalDate readyOn, Instant treatedAt, String treatedBy, LocalDate treatedOn, LocalDate closedOn,
      Integer backPain, Integer legPain, String lead, List<String> team) {}

  private final RandomGenerator random;
  private final SyntheticTables tables;
  private final long revision;
  private final LocalDate today;
  private final Instant now;
  private final Map<TimePoint, List<String>> schedule;
  private final IdBlock setIds;
  private final IdBlock responseIds;
  private final IdBlock alertIds;
  private final Map<String, Scoring> scorings = new HashMap<>();
  private final FlagSetConverter flagColumn = new FlagSetConverter();

  /**
   * @param schedule the measure_schedule table: instrument codes per time point in position order
   */
  public SyntheticOutcomes(RandomGenerator random, SyntheticTables tables, long revision, LocalDate today, Instant now,
      Map<TimePoint, List<String>> schedule, IdBlock setIds, IdBlock responseIds, IdBlock alertIds) {
    this.random = random;
    this.tables = tables;
    this.revision = revision;
    this.today = today;
    this.now = now;
    this.schedule = new EnumMap<>(TimePoint.class);
    schedule.forEach((point, codes) -> this.schedule.put(point, List.copyOf(codes)));
    this.setIds = setIds;
    this.responseIds = responseIds;
    this.alertIds = alertIds;
    for (String code : new LinkedHashSet<>(BASELINE_INSTRUMENTS)) {
      scorings.put(code, Scorings.of(code));
    }
  }

  /** A measure set while its instruments are ticked off (MeasureSet.complete). */
  private static final class DueSet {
    long setId;
    TimePoint point;
    LocalDate dueOn;
    LocalDate overdueOn;
    List<String> outstanding;
    Instant createdAt;
    String createdBy;
    Instant changedAt;
    String changedBy;
    long version;

    boolean complete(String code) {
      if (!outstanding.remove(code)) {
        return false;
      }
      version++;
      return true;
    }
  }

  /** How a patient fares: pain, disability and mood at baseline and the share that goes after treatment. */
  private record Course(double back, double leg, double disability, double mood, double anxiety, double relief) {

    /** The fraction of the baseline gone {@code months} after treatment started. */
    double improvement(int months) {
      double ramp = months >= 6 ? (months >= 12 ? 0.92 : 1.0) : 0.75;
      return relief * ramp;
    }
  }

  public void write(CaseStory c) {
    DueSet baseline = set(c, TimePoint.BASELINE, c.openedOn(), c.openedAt(), c.openedBy());
    List<DueSet> followUps = new ArrayList<>();
    if (c.treatedOn() != null) {
      for (TimePoint point : FOLLOW_UPS) {
        DueSet set = set(c, point, c.treatedOn(), c.treatedAt(), c.treatedBy());
        if (set != null) {
          followUps.add(set);
        }
      }
    }
    if (c.readyOn() != null) {
      Course course = course(c);
      if (baseline != null) {
        long room = Math.max(0, ChronoUnit.DAYS.between(c.openedOn(), c.readyOn()));
        LocalDate day = c.openedOn().plusDays(random.nextInt((int) Math.min(10, room) + 1));
        visit(c, baseline, day, BASELINE_INSTRUMENTS, course, 0, c.openedAt());
      }
      for (DueSet set : followUps) {
        LocalDate day = set.dueOn.plusDays(-7 + random.nextInt(29));
        if (day.isAfter(today)) {
          day = today;
        }
        if (set.dueOn.isAfter(today)
            || (c.closedOn() != null && !day.isBefore(c.closedOn()))) {
          continue; // not due yet, or the case closed before the patient came back
        }
        visit(c, set, day, FOLLOW_UP_INSTRUMENTS, course, set.point.months(), c.treatedAt());
      }
    }
    if (baseline != null) {
      writeSet(c, baseline);
    }
    followUps.forEach(set -> writeSet(c, set));
  }

  /** The set as MeasureSet.due makes it, or none if the schedule lists nothing for the point. */
  private DueSet set(CaseStory c, TimePoint point, LocalDate from, Instant at, String by) {
    List<String> codes = schedule.getOrDefault(point, List.of());
    if (codes.isEmpty()) {
      return null;
    }
    DueSet set = new DueSet();
    set.setId = setIds.next();
    set.point = point;
    set.dueOn = from.plusMonths(point.months());
    set.overdueOn = set.dueOn.plusDays(point.isFollowUp() ? MeasureSet.FOLLOW_UP_GRACE_DAYS
        : MeasureSet.BASELINE_GRACE_DAYS);
    set.outstanding = new ArrayList<>(new LinkedHashSet<>(codes));
    set.createdAt = at;
    set.createdBy = by;
    set.changedAt = at;
    set.changedBy = by;
    return set;
  }

  private void writeSet(CaseStory c, DueSet set) {
    String outstanding = String.join(",", set.outstanding);
    MeasureSetStatus status = set.outstanding.isEmpty() ? MeasureSetStatus.DONE : MeasureSetStatus.OPEN;
    tables.measureSet.row(set.setId, set.version, set.createdAt, set.createdBy, set.changedAt, set.changedBy,
        c.caseId(), c.patientId(), set.point, set.dueOn, set.overdueOn, outstanding, status);
    tables.measureSetAud.row(set.setId, revision, 0, c.caseId(), c.patientId(), set.point, set.dueOn, set.overdueOn,
        outstanding, status);
  }

  private Course course(CaseStory c) {
    double back = c.backPain() != null ? c.backPain() : 4 + random.nextInt(5);
    double leg = c.legPain() != null ? c.legPain() : 3 + random.nextInt(6);
    double disability = clamp(8 + 4.5 * Math.max(back, leg) + random.nextGaussian() * 10, 6, 86);
    double mood = clamp(0.5 + 0.08 * (back - 5) + random.nextGaussian() * 0.55, 0, 2.6);
    double anxiety = clamp(0.3 + 0.6 * mood + random.nextGaussian() * 0.45, 0, 2.6);
    int roll = random.nextInt(100);
    double relief = roll < 62 ? 0.3 + random.nextDouble() * 0.45 // most improve
        : roll < 88 ? -0.05 + random.nextDouble() * 0.15 // some stay where they were
        : -0.3 + random.nextDouble() * 0.2; // a few get worse
    return new Course(back, leg, disability, mood, anxiety, relief);
  }

  /** One visit: the instruments answered one after another, each ticked off the set. */
  private void visit(CaseStory c, DueSet set, LocalDate day, List<String> codes, Course course, int months,
      Instant notBefore) {
    double gone = months == 0 ? 0 : course.improvement(months);
    EntryMode mode = random.nextInt(100) < 65 ? EntryMode.PATIENT_TABLET : EntryMode.CLINICIAN;
    String by = mode == EntryMode.PATIENT_TABLET && c.team().contains("physio") && random.nextBoolean() ? "physio"
        : c.team().get(random.nextInt(c.team().size()));
    Instant dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    if (at.isAfter(now.minusSeconds(3_600))) {
      at = now.minusSeconds(3_600);
    }
    if (notBefore != null && !at.isAfter(notBefore)) {
      at = notBefore.plusSeconds(300 + random.nextInt(1_800));
    }
    if (at.isBefore(dayStart)) {
      at = dayStart;
    }
    for (String code : codes) {
      Answers answers = switch (code) {
        case "NRS-BACK" -> Answers.of(rating(course.back(), gone));
        case "NRS-LEG" -> Answers.of(rating(course.leg(), gone * 1.1));
        case "ODI" -> odi(course.disability() * (1 - gone));
        case "PHQ-9" -> items(9, course.mood() * (1 - 0.5 * gone), true);
        case "GAD-7" -> items(7, course.anxiety() * (1 - 0.4 * gone), false);
        default -> throw new IllegalArgumentException(code);
      };
      Instant entered = cap(at);
      Instant completed = cap(at.plusSeconds(seconds(code)));
      response(c, set, code, day, mode, by, entered, completed, answers);
      at = completed.plusSeconds(5 + random.nextInt(40));
    }
  }

  private void response(CaseStory c, DueSet set, String code, LocalDate day, EntryMode mode, String by,
      Instant entered, Instant completed, Answers answers) {
    Scoring scoring = scorings.get(code);
    Instrument instrument = scoring.instrument();
    instrument.check(answers);
    Score score = scoring.score(answers);
    if (scoring.refusalToFinish(answers, score).isPresent()) {
      throw new IllegalStateException(code + " answers " + answers + " cannot be finished");
    }
    long id = responseIds.next();
    Long setId = null;
    if (set.complete(code)) {
      setId = set.setId;
      set.changedAt = completed;
      set.changedBy = by;
    }
    boolean alert = score.has(Flag.SAFETY_ALERT);
    RecallPeriod recall = instrument.needsRecallPeriod() ? PAIN_RECALL : null;
    String flags = flagColumn.convertToDatabaseColumn(score.flags());
    // the desktop form is saved once; the tablet saves each answer and then finishes
    long version = mode == EntryMode.PATIENT_TABLET ? answers.answered().size() + 1L : 0L;
    tables.response.row(id, version, entered, by, completed, by, c.caseId(), c.patientId(), instrument.code(),
        instrument.version(), LANGUAGE, recall, set.point, day, mode, ResponseStatus.COMPLETE, score.total(),
        score.band(), flags, score.notScorableReason(), instrument.loincPanel(), instrument.loincTotal(), by, entered,
        completed, null, alert, setId);
    tables.responseAud.row(id, revision, 0, c.caseId(), c.patientId(), instrument.code(), instrument.version(),
        LANGUAGE, recall, set.point, day, mode, ResponseStatus.COMPLETE, score.total(), score.band(), flags,
        score.notScorableReason(), instrument.loincPanel(), instrument.loincTotal(), by, entered, completed, null,
        alert);
    for (int item : answers.answered()) {
      for (int value : answers.ticks(item)) {
        tables.answer.row(id, item, value);
        // Envers numbers the elements of a set of embeddables by their hash (AnswerTick.hashCode)
        tables.answerAud.row(revision, 0, id, item, value, Objects.hash(item, value));
      }
    }
    for (ScoreValue value : InstrumentResponse.scoreValues(instrument, score)) {
      tables.score.row(id, value.getName(), value.getValue(), value.getLoinc());
    }
    if (alert) {
      alert(c, id, by, entered, completed);
    }
  }

  private void alert(CaseStory c, long responseId, String by, Instant entered, Instant completed) {
    long id = alertIds.next();
    // raised when item 9 was saved, shortly before the questionnaire was finished
    Instant raised = completed.minusSeconds(Math.min(ChronoUnit.SECONDS.between(entered, completed),
        random.nextInt(30)));
    boolean recent = raised.isAfter(now.minus(21, ChronoUnit.DAYS));
    boolean acknowledge = c.closedOn() != null || random.nextInt(100) < (recent ? 45 : 92);
    Instant acknowledgedAt = acknowledge ? raised.plusSeconds(600 + random.nextInt(2 * 86_400)) : null;
    if (acknowledgedAt != null && acknowledgedAt.isAfter(now)) {
      acknowledgedAt = null;
    }
    String acknowledgedBy = null;
    String note = null;
    if (acknowledgedAt != null) {
      acknowledgedBy = c.team().contains("psychologist") && random.nextInt(100) < 60 ? "psychologist" : c.lead();
      note = ACKNOWLEDGEMENTS.get(random.nextInt(ACKNOWLEDGEMENTS.size()));
    }
    tables.alert.row(id, acknowledgedAt == null ? 0L : 1L, raised, by, acknowledgedAt == null ? raised : acknowledgedAt,
        acknowledgedAt == null ? by : acknowledgedBy, c.caseId(), responseId, raised, acknowledgedBy, acknowledgedAt,
        note);
    tables.alertAud.row(id, revision, 0, c.caseId(), responseId, raised, acknowledgedBy, acknowledgedAt, note);
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  private int rating(double baseline, double gone) {
    return (int) clamp(Math.round(baseline * (1 - gone) + random.nextGaussian() * 0.9), 0, 10);
  }

  /** Ten sections around the disability level; sometimes section 8 left out, rarely a doubled tick. */
  private Answers odi(double percent) {
    double mean = percent / 20;
    Answers answers = Answers.none();
    boolean skipEight = random.nextInt(100) < 12;
    int doubled = random.nextInt(100) < 2 ? 1 + random.nextInt(10) : 0;
    for (int section = 1; section <= 10; section++) {
      if (section == 8 && skipEight && doubled != 8) {
        continue;
      }
      int value = (int) clamp(Math.round(mean + random.nextGaussian() * 0.8), 0, 5);
      answers = section == doubled && value < 5 ? answers.with(section, value, value + 1)
          : answers.with(section, value);
    }
    return answers;
  }

  /** PHQ-9 or GAD-7 items 0-3 around the mean; PHQ-9 item 9 above zero for a few. */
  private Answers items(int count, double mean, boolean phq9) {
    Integer[] values = new Integer[count];
    for (int i = 0; i < count; i++) {
      values[i] = (int) clamp(Math.round(mean + random.nextGaussian() * 0.7), 0, 3);
    }
    if (phq9) {
      int percent = mean > 1.5 ? 9 : 2;
      values[8] = random.nextInt(100) >= percent ? 0 : random.nextInt(100) < 75 ? 1 : random.nextInt(100) < 80 ? 2 : 3;
    }
    return Answers.of(values);
  }

  private int seconds(String code) {
    return switch (code) {
      case "ODI" -> 120 + random.nextInt(300);
      case "PHQ-9" -> 60 + random.nextInt(150);
      case "GAD-7" -> 45 + random.nextInt(120);
      default -> 15 + random.nextInt(45);
    };
  }

  private Instant cap(Instant at) {
    return at.isAfter(now) ? now : at;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
