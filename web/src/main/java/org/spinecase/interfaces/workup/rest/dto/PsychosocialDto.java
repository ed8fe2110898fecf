package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * The psychosocial screening: instrument (PHQ_9, GAD_7, PCS, START_BACK) to the id of the case's
 * outcome response holding its answers; substanceUse NEGATIVE, POSITIVE, DECLINED; expectations.
 */
@JsonbPropertyOrder({"responses", "substanceUse", "expectations"})
public record PsychosocialDto(Map<String, Long> responses, String substanceUse, String expectations) {}
