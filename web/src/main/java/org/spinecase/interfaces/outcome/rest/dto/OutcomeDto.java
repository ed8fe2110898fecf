package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * One response to an instrument with its item answers exactly as given ({@code {"1": [3]}}), the
 * instrument version, language, recall period, who entered it and when, and its score. The version
 * (also the ETag) is what a partial save, finishing or marking it entered in error sends back.
 * {@code answers} is left out of the lists of a case.
 */
@JsonbPropertyOrder({
  "id", "version", "caseId", "patientId", "instrumentCode", "instrumentName", "instrumentVersion",
  "language", "recallPeriod", "recallPeriodLabel", "timePoint", "timePointLabel", "administeredOn",
  "mode", "modeLabel", "status", "statusLabel", "enteredBy", "enteredAt", "completedAt",
  "errorReason", "safetyAlert", "answers", "score"
})
public record OutcomeDto(
    long id,
    long version,
    long caseId,
    long patientId,
    String instrumentCode,
    String instrumentName,
    String instrumentVersion,
    String language,
    RecallPeriod recallPeriod,
    String recallPeriodLabel,
    TimePoint timePoint,
    String timePointLabel,
    LocalDate administeredOn,
    EntryMode mode,
    String modeLabel,
    ResponseStatus status,
    String statusLabel,
    String enteredBy,
    Instant enteredAt,
    Instant completedAt,
    String errorReason,
    boolean safetyAlert,
    Map<String, List<Integer>> answers,
    ScoreDto score) {}
