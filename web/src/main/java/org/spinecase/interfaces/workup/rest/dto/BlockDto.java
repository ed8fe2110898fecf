package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One diagnostic block. blockType: MEDIAL_BRANCH_BLOCK, SI_JOINT_INJECTION,
 * SELECTIVE_NERVE_ROOT_BLOCK; levels like "L4-L5"; side LEFT, RIGHT, BILATERAL; guidance
 * FLUOROSCOPY, CT, ULTRASOUND; agent LIDOCAINE, BUPIVACAINE, LEVOBUPIVACAINE, ROPIVACAINE; volumeMl
 * (0-20]; sedation NONE, ANXIOLYSIS, CONSCIOUS_SEDATION; preNrs 1-10; postNrs time (MIN_30, HOUR_1,
 * HOUR_2, HOUR_4, HOUR_6) to NRS 0-10; concordance CONCORDANT, DISCORDANT, NOT_ASSESSED;
 * complications VASOVAGAL, INTRAVASCULAR_INJECTION, DURAL_PUNCTURE, TRANSIENT_WEAKNESS_OR_NUMBNESS,
 * HAEMATOMA, INFECTION, ALLERGIC_REACTION, OTHER. An update sends the version read (or If-Match).
 * number, targetLabel, reliefPercent per time ((pre - post) / pre x 100), bestReliefPercent,
 * bestReliefAt and confoundedBySedation are computed and ignored when sent.
 */
@JsonbPropertyOrder({
  "number", "version", "performedOn", "blockType", "levels", "side", "targetLabel", "guidance",
  "agent", "volumeMl", "sedation", "confoundedBySedation", "preNrs", "postNrs", "reliefPercent",
  "bestReliefPercent", "bestReliefAt", "reliefDurationHours", "concordance", "complications"
})
public record BlockDto(
    Long number,
    Long version,
    LocalDate performedOn,
    String blockType,
    String levels,
    String side,
    String targetLabel,
    String guidance,
    String agent,
    BigDecimal volumeMl,
    String sedation,
    Boolean confoundedBySedation,
    Integer preNrs,
    Map<String, Integer> postNrs,
    Map<String, Double> reliefPercent,
    Double bestReliefPercent,
    String bestReliefAt,
    Double reliefDurationHours,
    String concordance,
    List<String> complications) {}
