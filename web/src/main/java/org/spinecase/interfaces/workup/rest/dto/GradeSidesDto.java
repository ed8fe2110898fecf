package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One row of the examination grid holding grades (MRC 0-5, reflex 0-4): left and right leg. */
@JsonbPropertyOrder({"left", "right"})
public record GradeSidesDto(Integer left, Integer right) {}
