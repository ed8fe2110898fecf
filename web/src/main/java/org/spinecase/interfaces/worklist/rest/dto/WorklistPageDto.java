package org.spinecase.interfaces.worklist.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a worklist: {"total": all rows matching, "items": this page, red flags first}. */
@JsonbPropertyOrder({"total", "items"})
public record WorklistPageDto(long total, List<WorklistRowDto> items) {}
