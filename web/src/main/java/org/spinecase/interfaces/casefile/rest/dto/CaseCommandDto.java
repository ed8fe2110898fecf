package org.spinecase.interfaces.casefile.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.spinecase.domain.model.casefile.CareCommand;

/**
 * A step of the case lifecycle on the case's current version, e.g. MARK_READY_FOR_MDT; a reason
 * is required where the step is a decision (RETURN_TO_WORKUP, RECORD_MDT_DECISION, CLOSE).
 */
@JsonbPropertyOrder({"command", "version", "reason"})
public record CaseCommandDto(CareCommand command, Long version, String reason) {}
