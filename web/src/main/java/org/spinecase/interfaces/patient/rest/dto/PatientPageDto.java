package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a search: {"total": all matches, "items": this page}. */
@JsonbPropertyOrder({"total", "items"})
public record PatientPageDto(long total, List<PatientSummaryDto> items) {}
