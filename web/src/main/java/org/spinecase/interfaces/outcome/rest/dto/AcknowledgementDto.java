package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A clinician's acknowledgement of a safety alert: what was done about it (required). */
@JsonbPropertyOrder({"note", "version"})
public record AcknowledgementDto(String note, Long version) {}
