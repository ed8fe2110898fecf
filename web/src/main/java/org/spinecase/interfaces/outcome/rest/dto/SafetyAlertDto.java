package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A safety alert raised on a case by a non-zero answer to PHQ-9 item 9, open until a clinician of
 * the care team acknowledges it with a note. The version (also the ETag) is what the
 * acknowledgement sends back.
 */
@JsonbPropertyOrder({
  "id", "version", "caseId", "responseId", "open", "raisedAt", "acknowledgedBy", "acknowledgedAt", "note"
})
public record SafetyAlertDto(
    long id,
    long version,
    long caseId,
    long responseId,
    boolean open,
    Instant raisedAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String note) {}
