package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Causes and diagnosis: complete with one cause not excluded and a diagnosis. */
@JsonbPropertyOrder({"causes", "diagnosis"})
public record CausesDto(List<CauseDto> causes, DiagnosisDto diagnosis) {}
