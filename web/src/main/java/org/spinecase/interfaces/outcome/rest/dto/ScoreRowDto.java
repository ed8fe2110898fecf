package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;

/** One complete response in a patient's history: its score, band, subscales and flags as text. */
@JsonbPropertyOrder({
  "responseId", "caseId", "instrumentCode", "instrumentName", "administeredOn", "timePoint",
  "timePointLabel", "recallPeriod", "total", "band", "subscales", "flags", "enteredBy", "enteredAt"
})
public record ScoreRowDto(
    long responseId,
    long caseId,
    String instrumentCode,
    String instrumentName,
    LocalDate administeredOn,
    TimePoint timePoint,
    String timePointLabel,
    RecallPeriod recallPeriod,
    Double total,
    String band,
    String subscales,
    String flags,
    String enteredBy,
    Instant enteredAt) {}
