package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Why a response was entered in error (required), on the version read or If-Match. */
@JsonbPropertyOrder({"reason", "version"})
public record EnteredInErrorDto(String reason, Long version) {}
