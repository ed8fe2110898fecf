package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** One save in a patient's history: when (UTC), by whom, "created" or "changed", and what. */
@JsonbPropertyOrder({"at", "user", "kind", "changes"})
public record ChangeSetDto(Instant at, String user, String kind, List<FieldChangeDto> changes) {}
