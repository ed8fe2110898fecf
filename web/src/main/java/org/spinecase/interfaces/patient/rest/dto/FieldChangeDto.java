package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A field's readable name with its value before and after; null where there was no value. */
@JsonbNillable
@JsonbPropertyOrder({"field", "before", "after"})
public record FieldChangeDto(String field, String before, String after) {}
