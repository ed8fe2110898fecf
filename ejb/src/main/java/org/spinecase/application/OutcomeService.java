package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.infrastructure.persistence.CurrentRevision;
import org.spinecase.infrastructure.persistence.MeasureSetRepository;
import org.spinecase.infrastructure.persistence.OutcomeRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * Recording outcome questionnaires within a case: start a response, save answers as they come,
 * finish it, mark it entered in error; read a case's responses, alerts and due sets.
 *
 * <p>Scores are the domain's: every save rescores from the answers ({@link InstrumentResponse}).
 * This class loads, checks access through the case ({@link CareAccess}: care team or break glass,
 * an outsider gets not found and a denied log entry), checks versions and saves. The access log
 * names the record and never a value from it.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
// The clinicians who record and read outcomes; the coordinator sees only due sets (and the banner),
// the administrator no clinical content at all.
@RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST, Roles.PHYSIOTHERAPIST, Roles.PSYCHOLOGIST})
public class OutcomeService {

  static final String RESPONSE = "InstrumentResponse";
  static final String ALERT = "SafetyAlert";
  static final String MEASURE_SET = "MeasureSet";

  @Inject private OutcomeRepository responses;
  @Inject private MeasureSetRepository sets;
  @Inject private InstrumentForms forms;
  @Inject private OutcomeHistories histories;
  @Inject private CurrentRevision revision;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  /** Every instrument the clinic records, labelled in the language, for pickers and entry. */
  public List<InstrumentForm> instruments(String language) {
    return forms.all(language);
  }

  /** Starts an empty response to fill in, item by item or all at once. */
  public InstrumentResponse start(ResponseStart start) {
    InstrumentResponse response = begin(start);
    save(response);
    return response;
  }

  /** Saves answers as you go; see {@link InstrumentResponse#answer}. */
  public InstrumentResponse answer(
      long responseId, long version, Map<Integer, Set<Integer>> answers) {
    return answerAsEntered(responseId, () -> version, () -> answers);
  }

  /**
   * As {@link #answer}, the version and the answers read only once the caller may change the
   * response: 403 (role) or 404 (not on the care team) come before any refusal of the input.
   */
  public InstrumentResponse answerAsEntered(
      long responseId, LongSupplier version, Supplier<Map<Integer, Set<Integer>>> answers) {
    InstrumentResponse response = load(responseId, AccessAction.UPDATE);
    RecordWrites.requireVersion(response.getVersion(), version.getAsLong(), RESPONSE, responseId);
    record(response, answers.get());
    save(response);
    return response;
  }

  /** Finishes the response, refused on field "answers" while it cannot be scored. */
  public InstrumentResponse finish(long responseId, long version) {
    InstrumentResponse response = loadForChange(responseId, version);
    complete(response);
    save(response);
    return response;
  }

  /** Starts, answers and optionally finishes in one call, as the REST API and desktop form do. */
  public InstrumentResponse submit(
      ResponseStart start, Map<Integer, Set<Integer>> answers, boolean finish) {
    if (start == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    return submitAsEntered(start.caseId(), () -> start, () -> answers, finish);
  }

  /**
   * As {@link #submit}, what the response is about and its answers read only once the caller may
   * record on the case: 403 (role) or 404 (not on the care team) come before any refusal of the
   * input. The API's way in.
   */
  public InstrumentResponse submitAsEntered(
      long caseId,
      Supplier<ResponseStart> start,
      Supplier<Map<Integer, Set<Integer>>> answers,
      boolean finish) {
    CaseFile caseFile = loadCase(caseId, AccessAction.UPDATE);
    ResponseStart started = start.get();
    Map<Integer, Set<Integer>> given = answers.get();
    InstrumentResponse response = begin(caseFile, started);
    record(response, given);
    if (finish) {
      complete(response);
    }
    save(response);
    return response;
  }

  /** The response with its answers and scores. */
  public InstrumentResponse get(long responseId) {
    return load(responseId, AccessAction.READ);
  }

  /** Takes the response out of the record with a reason; its instrument is due again. */
  public InstrumentResponse markEnteredInError(long responseId, long version, String reason) {
    InstrumentResponse response = loadForChange(responseId, version);
    Optional<MeasureSet> counted = response.markEnteredInError(reason);
    counted.ifPresent(set -> dueAgain(set, response));
    save(response);
    return response;
  }

  /** The patient's complete scores over the cases the caller may see; see OutcomeHistories. */
  public OutcomeHistory history(long patientId) {
    return histories.of(patientId);
  }

  /** The case's responses, newest first, without their answers. */
  public List<InstrumentResponse> responsesOfCase(long caseId) {
    loadCase(caseId, AccessAction.READ);
    return responses.ofCase(caseId);
  }

  /** The case's safety alerts, open ones first. */
  public List<SafetyAlert> alertsOfCase(long caseId) {
    loadCase(caseId, AccessAction.READ);
    return responses.alertsOfCase(caseId);
  }

  /** Closes an alert with what was done; a clinician on the care team must. */
  public SafetyAlert acknowledge(long alertId, long version, String note) {
    SafetyAlert alert =
        responses
            .findAlert(alertId)
            .orElseThrow(() -> access.notFound(AccessAction.UPDATE, ALERT, alertId));
    CaseFile caseFile = alert.getCaseFile();
    access.checkCaseRecord(caseFile, AccessAction.UPDATE, ALERT, alertId);
    RecordWrites.requireVersion(alert.getVersion(), version, ALERT, alertId);
    String me = currentUser.username();
    alert.acknowledge(me, caseFile.hasActiveMember(me), note);
    revision.attributeToCaller();
    RecordWrites.flushOrStale(responses::flush, ALERT, alertId);
    return alert;
  }

  /**
   * How many alerts on the case wait for acknowledgement, for the patient banner: 0 for a case the
   * caller may not see, since the banner then shows nothing. The coordinator may ask too: the chip
   * carries no score, and whoever keeps the case moving should see that someone must act.
   */
  @RolesAllowed({
    Roles.COORDINATOR,
    Roles.SURGEON,
    Roles.PAIN_SPECIALIST,
    Roles.PHYSIOTHERAPIST,
    Roles.PSYCHOLOGIST
  })
  public long openAlertCount(long caseId) {
    Optional<CaseFile> caseFile = responses.caseFile(caseId);
    if (caseFile.isEmpty() || !access.maySeeCase(caseFile.get())) {
      return 0;
    }
    long open = responses.openAlertCount(caseId);
    auditTrail.record(
        AccessAction.READ, AccessOutcome.ALLOWED, ALERT, null, caseFile.get().getPatient().getId());
    return open;
  }

  /** The sets the case owes and has done, in the order of the episode; the coordinator too. */
  @RolesAllowed({
    Roles.COORDINATOR,
    Roles.SURGEON,
    Roles.PAIN_SPECIALIST,
    Roles.PHYSIOTHERAPIST,
    Roles.PSYCHOLOGIST
  })
  public List<MeasureSet> measureSetsOfCase(long caseId) {
    loadCase(caseId, AccessAction.READ);
    return sets.ofCase(caseId);
  }

  private InstrumentResponse begin(ResponseStart start) {
    if (start == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    // a new response changes what the case holds: logged as a change of the case, then as the
    // creation of the response once it has its id
    return begin(loadCase(start.caseId(), AccessAction.UPDATE), start);
  }

  private InstrumentResponse begin(CaseFile caseFile, ResponseStart start) {
    if (start == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    InstrumentResponse response =
        InstrumentResponse.start(
            caseFile,
            start.instrumentCode(),
            start.timePoint(),
            start.administeredOn(),
            start.recallPeriod(),
            start.language(),
            start.mode(),
            currentUser.username(),
            ClinicClock.today());
    responses.add(response);
    auditTrail.record(
        AccessAction.CREATE,
        AccessOutcome.ALLOWED,
        RESPONSE,
        response.getId(),
        caseFile.getPatient().getId());
    return response;
  }

  /** Saves the answers and keeps the safety alert the save raised, if it raised one. */
  private void record(InstrumentResponse response, Map<Integer, Set<Integer>> answers) {
    if (answers == null) {
      throw new InvalidInputException("answers", "No answers were given.");
    }
    response.answer(answers).ifPresent(responses::add);
  }

  /** Finishes and ticks the instrument off the set due at the response's time point. */
  private void complete(InstrumentResponse response) {
    response.finish();
    if (response.getTimePoint().isScheduled()) {
      sets.find(response.getCaseFile().getId(), response.getTimePoint())
          .ifPresent(response::countTowards);
    }
  }

  /**
   * Puts the instrument back into the set, unless another complete response to it at that time
   * point can count instead.
   */
  private void dueAgain(MeasureSet set, InstrumentResponse inError) {
    set.reopen(inError.getInstrumentCode());
    responses
        .uncountedComplete(
            inError.getCaseFile().getId(),
            inError.getTimePoint(),
            inError.getInstrumentCode(),
            inError.getId())
        .ifPresent(other -> other.countTowards(set));
  }

  private CaseFile loadCase(long caseId, AccessAction action) {
    CaseFile caseFile =
        responses
            .caseFile(caseId)
            .orElseThrow(() -> access.notFound(action, CareAccess.CASE_FILE, caseId));
    access.checkCase(caseFile, action);
    return caseFile;
  }

  private InstrumentResponse load(long responseId, AccessAction action) {
    InstrumentResponse response =
        responses
            .find(responseId)
            .orElseThrow(() -> access.notFound(action, RESPONSE, responseId));
    access.checkCaseRecord(response.getCaseFile(), action, RESPONSE, responseId);
    return response;
  }

  private InstrumentResponse loadForChange(long responseId, long version) {
    InstrumentResponse response = load(responseId, AccessAction.UPDATE);
    RecordWrites.requireVersion(response.getVersion(), version, RESPONSE, responseId);
    return response;
  }

  /** Writes now, in a revision named after the caller; a concurrent save shows as stale. */
  private void save(InstrumentResponse response) {
    revision.attributeToCaller();
    RecordWrites.flushOrStale(responses::flush, RESPONSE, response.getId());
  }
}
