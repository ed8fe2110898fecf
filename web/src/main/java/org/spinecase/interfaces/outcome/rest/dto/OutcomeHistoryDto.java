package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A patient's complete responses over time, from the cases the caller may see, with the treatment
 * events to draw on the same time axis.
 */
@JsonbPropertyOrder({"patientId", "rows", "treatmentEvents"})
public record OutcomeHistoryDto(long patientId, List<ScoreRowDto> rows, List<TreatmentEventDto> treatmentEvents) {}
