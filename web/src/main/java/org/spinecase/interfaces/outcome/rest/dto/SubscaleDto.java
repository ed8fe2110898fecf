package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A subscale value of a score, with its LOINC code where the clinical reference gives one. */
@JsonbPropertyOrder({"code", "name", "value", "loinc"})
public record SubscaleDto(String code, String name, Double value, String loinc) {}
