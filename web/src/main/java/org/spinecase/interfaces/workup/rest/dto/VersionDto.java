package org.spinecase.interfaces.workup.rest.dto;

/** The version a step is taken on, unless sent as If-Match. */
public record VersionDto(Long version) {}
