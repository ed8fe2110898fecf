package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The instruments the clinic's schedule asks for at one time point (BASELINE, MONTH_3, MONTH_6,
 * MONTH_12), by instrument code.
 */
@JsonbPropertyOrder({"timePoint", "timePointLabel", "instruments"})
public record MeasureScheduleEntryDto(String timePoint, String timePointLabel, List<String> instruments) {}
