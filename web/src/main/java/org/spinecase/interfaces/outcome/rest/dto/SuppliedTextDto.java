package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One piece of a licensed instrument's text the clinic supplies: the item's stem ({@code option}
 * left out) or the label of one of its answer options.
 */
@JsonbPropertyOrder({"item", "option", "text"})
public record SuppliedTextDto(Integer item, Integer option, String text) {}
