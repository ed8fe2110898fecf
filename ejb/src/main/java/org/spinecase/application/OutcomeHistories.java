package org.spinecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.infrastructure.persistence.OutcomeHistoryQueries;

/**
 * A patient's score history for the chart and table, in a fixed number of statements (the grant
 * check, responses, subscales, treatment starts, the log entry) however many responses there are.
 * A break-glass grant opens all the patient's cases; otherwise only cases with the caller on the
 * care team count. The access is logged once, with the grant's reason where one was used.
 */
@Dependent
class OutcomeHistories {

  static final String TREATMENT_STARTED = "Treatment started";

  @Inject private OutcomeHistoryQueries queries;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  OutcomeHistory of(long patientId) {
    String me = currentUser.username();
    String grantReason = access.activeGrant(patientId).map(BreakGlassGrant::getReason).orElse(null);
    boolean allCases = grantReason != null;
    Map<Long, Map<String, Double>> subscales = new HashMap<>();
    for (Object[] row : queries.subscales(patientId, me, allCases)) {
      subscales
          .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
          .put((String) row[1], (Double) row[2]);
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (Object[] row : queries.responses(patientId, me, allCases)) {
      rows.add(scoreRow(row, subscales.getOrDefault((Long) row[0], Map.of())));
    }
    List<TreatmentEvent> events =
        queries.treatmentStarts(patientId, me, allCases).stream()
            .map(row -> new TreatmentEvent(day((Instant) row[0]), TREATMENT_STARTED, (Long) row[1]))
            .toList();
    auditTrail.record(
        AccessAction.READ,
        AccessOutcome.ALLOWED,
        OutcomeService.RESPONSE,
        null,
        patientId,
        grantReason);
    return new OutcomeHistory(rows, events);
  }

  /**
   * The latest complete score of each instrument within one case, in the order of the schedule's
   * codes as they first appear; two statements, not logged (the caller logged the case read).
   */
  List<ScoreRow> latestOfCase(long caseId) {
    Map<Long, Map<String, Double>> subscales = new HashMap<>();
    for (Object[] row : queries.subscalesOfCase(caseId)) {
      subscales
          .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
          .put((String) row[1], (Double) row[2]);
    }
    Map<String, ScoreRow> latest = new LinkedHashMap<>();
    for (Object[] row : queries.responsesOfCase(caseId)) {
      // oldest first, so the last one put per instrument is the latest
      ScoreRow score = scoreRow(row, subscales.getOrDefault((Long) row[0], Map.of()));
      latest.put(score.instrumentCode(), score);
    }
    return List.copyOf(latest.values());
  }

  @SuppressWarnings("unchecked")
  private static ScoreRow scoreRow(Object[] row, Map<String, Double> subscales) {
    String code = (String) row[2];
    Instrument instrument = Scorings.instrument(code).orElseThrow();
    Set<Flag> flags = (Set<Flag>) row[8];
    return new ScoreRow(
        (Long) row[0],
        (Long) row[1],
        code,
        instrument.name(),
        (LocalDate) row[3],
        (TimePoint) row[4],
        (RecallPeriod) row[5],
        (Double) row[6],
        (String) row[7],
        subscaleText(instrument, subscales),
        flags == null || flags.isEmpty()
            ? null
            : flags.stream().sorted().map(Flag::label).collect(Collectors.joining("; ")),
        (String) row[9],
        (Instant) row[10]);
  }

  /** "Distress 3; ..." in the clinic's words. */
  private static String subscaleText(Instrument instrument, Map<String, Double> subscales) {
    if (subscales.isEmpty()) {
      return null;
    }
    return subscales.entrySet().stream()
        .map(e -> Scorings.subscaleName(instrument, e.getKey()) + " " + number(e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
