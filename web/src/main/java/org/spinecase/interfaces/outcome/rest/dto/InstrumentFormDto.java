package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An instrument as an entry form needs it: items with their answer options in the language asked
 * for. Licensed instruments show neutral labels until the clinic supplies its text
 * ({@code textSupplied}); recall periods are listed only where one must be chosen (NRS).
 */
@JsonbPropertyOrder({
  "code", "name", "version", "licensed", "textSupplied", "leadIn", "loincPanel", "loincTotal",
  "recallPeriods", "items"
})
public record InstrumentFormDto(
    String code,
    String name,
    String version,
    boolean licensed,
    boolean textSupplied,
    String leadIn,
    String loincPanel,
    String loincTotal,
    List<CodeLabelDto> recallPeriods,
    List<ItemFormDto> items) {}
