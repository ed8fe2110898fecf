package org.spinecase.interfaces.casefile.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.spinecase.domain.model.casefile.EventKind;

/**
 * One entry of the episode's timeline, referral and case steps alike, newest first. Statuses are
 * codes of either the referral (RECEIVED ...) or the case (WORKUP ...), with their labels.
 */
@JsonbPropertyOrder({
  "at", "by", "kind", "kindLabel", "fromStatus", "fromStatusLabel", "toStatus", "toStatusLabel", "note"
})
public record CaseEventDto(
    Instant at,
    String by,
    @Schema(implementation = EventKind.class, description = "The code; see the enumeration") String kind,
    String kindLabel,
    String fromStatus,
    String fromStatusLabel,
    String toStatus,
    String toStatusLabel,
    String note) {}
