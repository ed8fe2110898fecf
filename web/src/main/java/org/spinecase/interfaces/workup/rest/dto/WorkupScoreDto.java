package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** The latest complete score of one instrument on the case, for the psychosocial section and the summary. */
@JsonbPropertyOrder({"responseId", "instrumentCode", "instrumentName", "administeredOn", "total", "band", "flags"})
public record WorkupScoreDto(
    long responseId,
    String instrumentCode,
    String instrumentName,
    LocalDate administeredOn,
    Double total,
    String band,
    String flags) {}
