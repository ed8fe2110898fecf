package org.spinecase.interfaces.shared.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One problem with the input: the field as the request body names it ("familyName",
 * "surgeries[0].levels"), or null for the request as a whole, which is written out rather than
 * left away so that every violation has the same two keys.
 */
@JsonbNillable
@JsonbPropertyOrder({"field", "message"})
public record Violation(String field, String message) {}
