package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A code from a fixed list with its label, e.g. a recall period or a flag. */
@JsonbPropertyOrder({"code", "label"})
public record CodeLabelDto(String code, String label) {}
