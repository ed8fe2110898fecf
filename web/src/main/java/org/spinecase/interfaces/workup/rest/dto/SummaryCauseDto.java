package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One cause as the MDT reads it, with the evidence it rests on described. */
@JsonbPropertyOrder({
  "cause", "levels", "side", "certainty", "timing", "surgicallyAddressable", "excluded", "basis", "evidence"
})
public record SummaryCauseDto(
    String cause,
    String levels,
    String side,
    String certainty,
    String timing,
    boolean surgicallyAddressable,
    boolean excluded,
    String basis,
    List<String> evidence) {}
