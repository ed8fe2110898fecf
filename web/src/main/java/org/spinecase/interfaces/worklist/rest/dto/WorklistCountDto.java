package org.spinecase.interfaces.worklist.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One of the caller's worklists with how many rows it holds now. */
@JsonbPropertyOrder({"list", "label", "count"})
public record WorklistCountDto(String list, String label, long count) {}
