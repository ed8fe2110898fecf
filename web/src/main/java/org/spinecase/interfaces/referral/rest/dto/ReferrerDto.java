package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The referring clinician: name (required), organisation and how to reach them. */
@JsonbPropertyOrder({"name", "organisation", "contact"})
public record ReferrerDto(String name, String organisation, String contact) {}
