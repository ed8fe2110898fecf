package org.spinecase.domain.model.outcome;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * One administration of an instrument within a case: the answers as given, partial or whole, and
 * the score the instrument's {@link Scoring} works out from them on every change. The score is
 * stored (total, band, subscales, flags) so that lists and charts read it without rescoring, but it
 * is never set from outside: {@link #answer} and {@link #finish} are the only ways it changes.
 *
 * <p>A response is never deleted. One entered in error keeps its answers and score and says why;
 * it simply no longer counts.
 */
@Entity
@Table(name = "instrument_response")
@Audited
public class InstrumentResponse extends ClinicalRecord {

  public static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_response_seq")
  @SequenceGenerator(
      name = "instrument_response_seq",
      sequenceName = "instrument_response_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  /** The case's patient, kept on the row so that a patient's history needs no join to cases. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
  private String instrumentCode;

  @Column(name = "instrument_version", nullable = false, updatable = false, length = 20)
  private String instrumentVersion;

  @Column(name = "language", nullable = false, updatable = false, length = 10)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "recall_period", updatable = false, length = 20)
  private RecallPeriod recallPeriod;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_point", nullable = false, updatable = false, length = 20)
  private TimePoint timePoint;

  @Column(name = "administered_on", nullable = false, updatable = false)
  private LocalDate administeredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, updatable = false, length = 20)
  private EntryMode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ResponseStatus status;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "instrument_answer",
      joinColumns = @JoinColumn(name = "response_id"))
  private Set<AnswerTick> ticks = new HashSet<>();

  @Column(name = "total")
  private Double total;

  @Column(name = "band", length = 40)
  private String band;

  @Convert(converter = FlagSetConverter.class)
  @Column(name = "flags", length = 100)
  private Set<Flag> flags = EnumSet.noneOf(Flag.class);

  @Column(name = "not_scorable_reason", length = 200)
  private String notScorableReason;

  @Column(name = "loinc_panel", updatable = false, length = 20)
  private String loincPanel;

  @Column(name = "loinc_total", updatable = false, length = 20)
  private String loincTotal;

  /** Derived from the answers like the total, so not audited: the answers' history explains it. */
  @NotAudited
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "instrument_score", joinColumns = @JoinColumn(name = "response_id"))
  private Set<ScoreValue> scores = new HashSet<>();

  @Column(name = "entered_by", nullable = false, updatable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "error_reason", length = TEXT_LENGTH)
  private String errorReason;

  /** Set once the PHQ-9 item 9 alert was raised, so that a later save does not raise another. */
  @Column(name = "alert_raised", nullable = false)
  private boolean alertRaised;

  /** The due measure set this response ticked off, to put the instrument back if in error. */
  @NotAudited
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "measure_set_id")
  private MeasureSet measureSet;

  protected InstrumentResponse() {}

  /**
   * Starts an empty response. The recall period is required exactly when the instrument lets the
   * rating refer to one (the pain NRS), and refused otherwise, since the instrument then fixes it.
   */
  public static InstrumentResponse start(
      CaseFile caseFile,
      String instrumentCode,
      TimePoint timePoint,
      LocalDate administeredOn,
      RecallPeriod recallPeriod,
      String language,
      EntryMode mode,
      String actor,
      LocalDate today) {
    Objects.requireNonNull(caseFile, "caseFile");
    if (instrumentCode == null || instrumentCode.isBlank()) {
      throw new ClinicalRuleViolation("instrument", "Choose an instrument.");
    }
    Instrument instrument = Scorings.of(instrumentCode).instrument();
    if (timePoint == null) {
      throw new ClinicalRuleViolation("timePoint", "Choose the time point.");
    }
    LocalDate on = administeredOn == null ? today : administeredOn;
    if (on.isAfter(today)) {
      throw new ClinicalRuleViolation("administeredOn", "The date must not be in the future.");
    }
    if (instrument.needsRecallPeriod() && recallPeriod == null) {
      throw new ClinicalRuleViolation(
          "recallPeriod", "Choose the time the rating refers to: ratings with different recall"
              + " periods cannot be compared.");
    }
    if (!instrument.needsRecallPeriod() && recallPeriod != null) {
      throw new ClinicalRuleViolation(
          "recallPeriod", instrument.name() + " sets its own time frame; leave the recall period empty.");
    }
    if (recallPeriod != null && !instrument.recallPeriods().contains(recallPeriod)) {
      throw new ClinicalRuleViolation("recallPeriod", "This recall period is not offered.");
    }
    InstrumentResponse response = new InstrumentResponse();
    response.caseFile = caseFile;
    response.patient = caseFile.getPatient();
    response.instrumentCode = instrument.code();
    response.instrumentVersion = instrument.version();
    response.language = language == null || language.isBlank() ? "en" : language.trim();
    response.recallPeriod = recallPeriod;
    response.timePoint = timePoint;
    response.administeredOn = on;
    response.mode = mode == null ? EntryMode.CLINICIAN : mode;
    response.status = ResponseStatus.IN_PROGRESS;
    response.loincPanel = instrument.loincPanel();
    response.loincTotal = instrument.loincTotal();
    response.enteredBy = Objects.requireNonNull(actor, "actor");
    response.enteredAt = ClinicClock.now();
    response.rescore();
    return response;
  }

  /**
   * Saves answers as you go: each given item's ticks replace the earlier ones, an empty set clears
   * the item, items not given stay as they were. Rescores and returns the safety alert to keep if
   * this save is the first to flag one.
   */
  public Optional<SafetyAlert> answer(Map<Integer, Set<Integer>> changes) {
    requireInProgress();
    Answers answers = getAnswers();
    for (Map.Entry<Integer, Set<Integer>> change : new TreeMap<>(changes).entrySet()) {
      if (change.getKey() == null) {
        throw new ClinicalRuleViolation("answers", "An answer names no item.");
      }
      Set<Integer> values = change.getValue() == null ? Set.of() : change.getValue();
      answers =
          answers.with(
              change.getKey(), values.stream().filter(Objects::nonNull).mapToInt(v -> v).toArray());
    }
    Score score = scoring().score(answers);
    ticks.clear();
    for (int item : answers.answered()) {
      answers.ticks(item).forEach(value -> ticks.add(new AnswerTick(item, value)));
    }
    store(score);
    return raiseAlertOnce();
  }

  /** Finishes the response, refused with the scoring's reason while it cannot be scored. */
  public void finish() {
    requireInProgress();
    Scoring scoring = scoring();
    Answers answers = getAnswers();
    Score score = scoring.score(answers);
    Optional<String> refusal = scoring.refusalToFinish(answers, score);
    if (refusal.isPresent()) {
      throw new ClinicalRuleViolation(
          "answers", getInstrument().name() + " cannot be finished yet: " + refusal.get() + ".");
    }
    store(score);
    status = ResponseStatus.COMPLETE;
    completedAt = ClinicClock.now();
  }

  /**
   * Takes the response out of the record without deleting it. Returns the measure set it had
   * ticked off, whose instrument is due again.
   */
  public Optional<MeasureSet> markEnteredInError(String reason) {
    if (status == ResponseStatus.ENTERED_IN_ERROR) {
      throw new ClinicalRuleViolation("reason", "This response is already marked as entered in error.");
    }
    String why = FreeText.limited("reason", "Reason", FreeText.tidyBlock(reason), TEXT_LENGTH);
    if (why == null) {
      throw new ClinicalRuleViolation("reason", "Say why the response was entered in error.");
    }
    errorReason = why;
    status = ResponseStatus.ENTERED_IN_ERROR;
    Optional<MeasureSet> counted = Optional.ofNullable(measureSet);
    measureSet = null;
    return counted;
  }

  /**
   * Ticks this complete response's instrument off the case's set for its time point, if that set
   * was still waiting for it.
   */
  public boolean countTowards(MeasureSet set) {
    if (status != ResponseStatus.COMPLETE
        || set.getTimePoint() != timePoint
        || !Objects.equals(set.getCaseFile().getId(), caseFile.getId())
        || !set.complete(instrumentCode)) {
      return false;
    }
    measureSet = set;
    return true;
  }

  private void requireInProgress() {
    if (status != ResponseStatus.IN_PROGRESS) {
      throw new ClinicalRuleViolation(
          "answers",
          "This response is " + status.label().toLowerCase()
              + " and can no longer be changed; record the instrument again if needed.");
    }
  }

  private void rescore() {
    store(scoring().score(getAnswers()));
  }

  private void store(Score score) {
    total = score.total();
    band = score.band();
    notScorableReason = score.notScorableReason();
    flags = score.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(score.flags());
    Set<ScoreValue> values = scoreValues(getInstrument(), score);
    // Only the rows that changed are written: most saves change one subscale or none.
    scores.retainAll(values);
    scores.addAll(values);
  }

  /**
   * The rows of instrument_score a score is stored as: the total, if there is one, and each
   * subscale, with their LOINC codes. Public for tools that write responses in bulk (the synthetic
   * data generator), so that they store exactly what a save would.
   */
  public static Set<ScoreValue> scoreValues(Instrument instrument, Score score) {
    Set<ScoreValue> values = new HashSet<>();
    if (score.total() != null) {
      values.add(new ScoreValue(ScoreValue.TOTAL, score.total(), score.loinc()));
    }
    score.subscales().forEach((code, value) -> values.add(
        new ScoreValue(code, value, subscaleLoinc(instrument, code))));
    return values;
  }

  private Optional<SafetyAlert> raiseAlertOnce() {
    if (alertRaised || !flags.contains(Flag.SAFETY_ALERT)) {
      return Optional.empty();
    }
    alertRaised = true;
    return Optional.of(SafetyAlert.raisedBy(this));
  }

  private static String subscaleLoinc(Instrument instrument, String code) {
    return instrument.subscales().stream()
        .filter(s -> s.code().equals(code) && s.loinc() != null)
        .map(Subscale::loinc)
        .findFirst()
        .orElse(null);
  }

  private Scoring scoring() {
    return Scorings.of(instrumentCode);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getInstrumentCode() {
    return instrumentCode;
  }

  /** The instrument from the catalogue. */
  public Instrument getInstrument() {
    return Scorings.of(instrumentCode).instrument();
  }

  public String getInstrumentVersion() {
    return instrumentVersion;
  }

  public String getLanguage() {
    return language;
  }

  public RecallPeriod getRecallPeriod() {
    return recallPeriod;
  }

  public TimePoint getTimePoint() {
    return timePoint;
  }

  public LocalDate getAdministeredOn() {
    return administeredOn;
  }

  public EntryMode getMode() {
    return mode;
  }

  public ResponseStatus getStatus() {
    return status;
  }

  /** The answers as given; loads them, so not for lists. */
  public Answers getAnswers() {
    Answers answers = Answers.none();
    Map<Integer, Set<Integer>> byItem = new TreeMap<>();
    for (AnswerTick tick : ticks) {
      byItem.computeIfAbsent(tick.getItemNumber(), n -> new TreeSet<>()).add(tick.getValue());
    }
    for (Map.Entry<Integer, Set<Integer>> item : byItem.entrySet()) {
      answers = answers.with(item.getKey(), item.getValue().stream().mapToInt(v -> v).toArray());
    }
    return answers;
  }

  public Double getTotal() {
    return total;
  }

  public String getBand() {
    return band;
  }

  /** Subscale code to value; loads the scores, so not for lists. */
  public Map<String, Double> getSubscales() {
    Map<String, Double> subscales = new LinkedHashMap<>();
    scores.stream()
        .filter(s -> !ScoreValue.TOTAL.equals(s.getName()))
        .sorted(java.util.Comparator.comparing(ScoreValue::getName))
        .forEach(s -> subscales.put(s.getName(), s.getValue()));
    return Collections.unmodifiableMap(subscales);
  }

  /** Every stored score with its LOINC code, total included. */
  public Set<ScoreValue> getScores() {
    return Collections.unmodifiableSet(scores);
  }

  public Set<Flag> getFlags() {
    return Collections.unmodifiableSet(flags);
  }

  public String getNotScorableReason() {
    return notScorableReason;
  }

  public String getLoincPanel() {
    return loincPanel;
  }

  public String getLoincTotal() {
    return loincTotal;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getErrorReason() {
    return errorReason;
  }

  public MeasureSet getMeasureSet() {
    return measureSet;
  }

  public boolean isComplete() {
    return status == ResponseStatus.COMPLETE;
  }

  /** Whether this response raised the PHQ-9 item 9 safety alert. */
  public boolean hasSafetyAlert() {
    return alertRaised;
  }
}
