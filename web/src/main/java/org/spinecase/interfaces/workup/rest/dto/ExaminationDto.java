package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * The examination grid, rows by code, one column per leg: tension (STRAIGHT_LEG_RAISE,
 * CROSSED_STRAIGHT_LEG_RAISE, SLUMP, FEMORAL_STRETCH; {"left": {"result": "POSITIVE",
 * "angleDegrees": 40}}), sensation per dermatome L1-S1 (NORMAL, REDUCED, ABSENT, INCREASED), power
 * per myotome L2-S1 (MRC 0-5), reflexes PATELLAR, ACHILLES (0-4), signs BABINSKI, CLONUS,
 * FACET_LOADING (POSITIVE, NEGATIVE), walking HEEL_WALK, TOE_WALK (ABLE, UNABLE); gait (NORMAL,
 * ANTALGIC, STEPPAGE, TRENDELENBURG, WIDE_BASED, WALKING_AID, UNABLE_TO_WALK); siProvocation
 * (DISTRACTION, THIGH_THRUST, COMPRESSION, SACRAL_THRUST, GAENSLEN) and waddellSigns (TENDERNESS,
 * SIMULATION, DISTRACTION, REGIONAL_DISTURBANCES, OVERREACTION) to POSITIVE or NEGATIVE; wound
 * (HEALED, TENDER, ERYTHEMA, DRAINAGE, DEHISCENCE). Nothing is pre-filled; restNormal=true fills
 * only what was not sent with normal values. siCluster and waddell are computed and ignored when
 * sent.
 */
@JsonbPropertyOrder({
  "tension", "sensation", "power", "reflexes", "signs", "walking", "gait", "siProvocation",
  "waddellSigns", "wound", "restNormal", "siCluster", "waddell"
})
public record ExaminationDto(
    Map<String, TensionSidesDto> tension,
    Map<String, SidesDto> sensation,
    Map<String, GradeSidesDto> power,
    Map<String, GradeSidesDto> reflexes,
    Map<String, SidesDto> signs,
    Map<String, SidesDto> walking,
    String gait,
    Map<String, String> siProvocation,
    Map<String, String> waddellSigns,
    String wound,
    Boolean restNormal,
    ClusterDto siCluster,
    ClusterDto waddell) {}
