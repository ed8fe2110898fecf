package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The structured findings of a study; the fields read are those of the study's type:
 * MRI_WITH_AND_WITHOUT_GADOLINIUM enhancementPattern (ENHANCING_SCAR, NON_ENHANCING_DISC_WITH_RIM,
 * DISC_AND_SCAR, NO_EPIDURAL_TISSUE) and compression; MRI_WITHOUT_GADOLINIUM and CT_MYELOGRAM
 * compression (DISC_HERNIATION, CENTRAL_STENOSIS, LATERAL_RECESS_STENOSIS, FORAMINAL_STENOSIS,
 * PSEUDOMENINGOCELE, NERVE_ROOT_CLUMPING, NONE); CT fusionStatus (FUSED, INDETERMINATE, NOT_FUSED,
 * NO_FUSION_ATTEMPTED), screwLucency, cageSubsidence; FLEXION_EXTENSION_XRAYS translationMm (0-50),
 * angulationDegrees (0-90); STANDING_LONG_FILMS pelvicIncidence, lumbarLordosis, svaMm (piMinusLl
 * computed); EMG_NCS emgLeft/emgRight root (L2-S1) to NORMAL, ACTIVE_DENERVATION,
 * CHRONIC_REINNERVATION, ACTIVE_AND_CHRONIC, NOT_TESTED; ESR_CRP esrMmPerHour, crpMgPerL.
 */
@JsonbPropertyOrder({
  "enhancementPattern", "compression", "fusionStatus", "screwLucency", "cageSubsidence",
  "translationMm", "angulationDegrees", "pelvicIncidence", "lumbarLordosis", "svaMm", "piMinusLl",
  "emgLeft", "emgRight", "esrMmPerHour", "crpMgPerL"
})
public record FindingsDto(
    String enhancementPattern,
    List<String> compression,
    String fusionStatus,
    Boolean screwLucency,
    Boolean cageSubsidence,
    BigDecimal translationMm,
    BigDecimal angulationDegrees,
    Integer pelvicIncidence,
    Integer lumbarLordosis,
    Integer svaMm,
    Integer piMinusLl,
    Map<String, String> emgLeft,
    Map<String, String> emgRight,
    BigDecimal esrMmPerHour,
    BigDecimal crpMgPerL) {}
