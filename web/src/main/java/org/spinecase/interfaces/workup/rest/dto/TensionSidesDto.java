package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One nerve tension test on the left and the right leg. */
@JsonbPropertyOrder({"left", "right"})
public record TensionSidesDto(TensionDto left, TensionDto right) {}
