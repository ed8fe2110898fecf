package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An addendum to a signed workup: the text (required, at most 4000 characters) and optionally the
 * section it concerns (HISTORY, RED_FLAGS, EXAMINATION, STUDIES, INJECTIONS, PSYCHOSOCIAL, CAUSES,
 * FUNCTION_AND_MOVEMENT, PSYCHOLOGICAL_EVALUATION). id, concernsLabel and signature are set by the
 * server.
 */
@JsonbPropertyOrder({"id", "concerns", "concernsLabel", "text", "signature"})
public record AddendumDto(Long id, String concerns, String concernsLabel, String text, SignatureDto signature) {}
