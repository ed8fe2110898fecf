package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** Who signed (username, name and discipline) and when. */
@JsonbPropertyOrder({"by", "name", "discipline", "at"})
public record SignatureDto(String by, String name, String discipline, Instant at) {}
