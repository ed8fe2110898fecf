package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * The instruments due at one time point of a case: due and overdue dates and the instruments still
 * outstanding (done once each has a complete response at that point).
 */
@JsonbPropertyOrder({
  "id", "version", "caseId", "timePoint", "timePointLabel", "dueOn", "overdueOn", "overdue",
  "outstanding", "status", "statusLabel"
})
public record MeasureSetDto(
    long id,
    long version,
    long caseId,
    TimePoint timePoint,
    String timePointLabel,
    LocalDate dueOn,
    LocalDate overdueOn,
    boolean overdue,
    List<String> outstanding,
    MeasureSetStatus status,
    String statusLabel) {}
