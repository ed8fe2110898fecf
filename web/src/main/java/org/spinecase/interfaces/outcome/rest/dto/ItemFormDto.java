package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One item: its number, label and range; no options means a numeric scale (EQ VAS 0-100). */
@JsonbPropertyOrder({"number", "label", "min", "max", "options"})
public record ItemFormDto(int number, String label, int min, int max, List<OptionFormDto> options) {}
