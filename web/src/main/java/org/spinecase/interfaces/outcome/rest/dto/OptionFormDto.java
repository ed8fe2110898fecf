package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One answer an item offers: the value stored and scored, and its label. */
@JsonbPropertyOrder({"value", "label"})
public record OptionFormDto(int value, String label) {}
