package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The score the domain computed from the answers at the last save: total and band when scorable,
 * otherwise the reason; subscales and flags (the PHQ-9 safety alert, GAD-7 and PCS thresholds)
 * whatever the total. LOINC codes of the panel and of the total as stored for a later FHIR export.
 */
@JsonbPropertyOrder({"total", "band", "subscales", "flags", "notScorableReason", "loincPanel", "loincTotal"})
public record ScoreDto(
    Double total,
    String band,
    List<SubscaleDto> subscales,
    List<CodeLabelDto> flags,
    String notScorableReason,
    String loincPanel,
    String loincTotal) {}
