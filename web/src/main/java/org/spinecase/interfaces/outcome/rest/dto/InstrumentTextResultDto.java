package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What an upload of licensed text replaced: the instrument, the language and the texts stored. */
@JsonbPropertyOrder({"instrument", "language", "texts"})
public record InstrumentTextResultDto(String instrument, String language, int texts) {}
