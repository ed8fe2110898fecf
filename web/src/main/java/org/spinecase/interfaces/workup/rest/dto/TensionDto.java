package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A nerve tension test on one leg: POSITIVE or NEGATIVE, the hip angle 0-90 when positive (SLR only). */
@JsonbPropertyOrder({"result", "angleDegrees"})
public record TensionDto(String result, Integer angleDegrees) {}
