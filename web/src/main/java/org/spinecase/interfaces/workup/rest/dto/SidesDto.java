package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One row of the examination grid holding codes: the left and the right leg; absent = not examined. */
@JsonbPropertyOrder({"left", "right"})
public record SidesDto(String left, String right) {}
