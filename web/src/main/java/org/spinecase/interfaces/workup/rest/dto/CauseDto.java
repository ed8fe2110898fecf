package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One cause of the pain. cause: the FBSS taxonomy (RESIDUAL_OR_RECURRENT_DISC_HERNIATION ...
 * UNKNOWN); levels like "L4-L5"; side LEFT, RIGHT, BILATERAL or absent; basis: IMAGING, BLOCK,
 * CLINICAL, ELECTRODIAGNOSTIC; evidence: studies and blocks of this workup; certainty: CONFIRMED,
 * PROBABLE, POSSIBLE, EXCLUDED; timing: PRE_OPERATIVE, INTRA_OPERATIVE, POST_OPERATIVE.
 */
@JsonbPropertyOrder({
  "cause", "causeLabel", "levels", "side", "basis", "evidence", "certainty", "timing",
  "surgicallyAddressable"
})
public record CauseDto(
    String cause,
    String causeLabel,
    List<String> levels,
    String side,
    List<String> basis,
    List<EvidenceDto> evidence,
    String certainty,
    String timing,
    Boolean surgicallyAddressable) {}
