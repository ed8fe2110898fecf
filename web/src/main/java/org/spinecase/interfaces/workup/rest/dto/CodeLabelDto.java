package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A code from a fixed list with its label, e.g. a red flag or an ICD-10 code. */
@JsonbPropertyOrder({"code", "label"})
public record CodeLabelDto(String code, String label) {}
