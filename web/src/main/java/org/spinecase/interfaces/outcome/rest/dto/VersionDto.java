package org.spinecase.interfaces.outcome.rest.dto;

/** The version a step is taken on (finish a response), unless sent as If-Match. */
public record VersionDto(Long version) {}
