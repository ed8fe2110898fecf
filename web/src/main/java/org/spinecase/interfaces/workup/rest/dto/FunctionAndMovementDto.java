package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The physiotherapist's section: tolerances in minutes (0-600) and the assessment (required to complete). */
@JsonbPropertyOrder({"walkingToleranceMinutes", "sittingToleranceMinutes", "assessment"})
public record FunctionAndMovementDto(
    Integer walkingToleranceMinutes, Integer sittingToleranceMinutes, String assessment) {}
