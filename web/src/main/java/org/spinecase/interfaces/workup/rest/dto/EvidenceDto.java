package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What a cause rests on: STUDY or BLOCK and its number in this workup. description is computed
 * (e.g. "Study 1: MRI with and without gadolinium L5-S1") and ignored when sent.
 */
@JsonbPropertyOrder({"kind", "number", "description"})
public record EvidenceDto(String kind, Long number, String description) {}
