package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The history section. indication: RADICULOPATHY, NEUROGENIC_CLAUDICATION, AXIAL_BACK_PAIN,
 * NEUROLOGICAL_DEFICIT, CAUDA_EQUINA, INSTABILITY, DEFORMITY, TRAUMA, INFECTION_OR_TUMOUR, UNKNOWN;
 * imagingConcordance: CONCORDANT, PARTIALLY_CONCORDANT, DISCORDANT, UNKNOWN; painFreeInterval: NONE,
 * WEEKS_TO_MONTHS, MORE_THAN_6_TO_12_MONTHS; backPercent 0-100 (legPercent is its complement);
 * neuropathicDescriptors: BURNING, PAINFUL_COLD, ELECTRIC_SHOCKS, TINGLING, PINS_AND_NEEDLES,
 * NUMBNESS, ITCHING, TOUCH_EVOKED; medications: absent = not reviewed, [] = no medication;
 * workStatus: WORKING_FULL_DUTIES, WORKING_MODIFIED, OFF_WORK_SICK, UNEMPLOYED, DISABILITY_BENEFIT,
 * RETIRED, STUDENT, HOME_DUTIES; litigation and compensation: NONE, OPEN, SETTLED; goals:
 * LESS_LEG_PAIN, LESS_BACK_PAIN, WALK_FURTHER, SLEEP_BETTER, RETURN_TO_WORK, REDUCE_MEDICATION,
 * RETURN_TO_SPORT_OR_HOBBIES, AVOID_FURTHER_SURGERY, A_DIAGNOSIS. legPercent and mmePerDay (the total
 * opioid load) are computed and ignored when sent.
 */
@JsonbPropertyOrder({
  "indication", "imagingConcordance", "painFreeInterval", "backPercent", "legPercent",
  "neuropathicDescriptors", "priorTreatments", "medications", "mmePerDay", "workStatus", "litigation",
  "compensation", "goals", "expectations"
})
public record HistoryDto(
    String indication,
    String imagingConcordance,
    String painFreeInterval,
    Integer backPercent,
    Integer legPercent,
    List<String> neuropathicDescriptors,
    List<PriorTreatmentDto> priorTreatments,
    List<MedicationDto> medications,
    BigDecimal mmePerDay,
    String workStatus,
    String litigation,
    String compensation,
    List<String> goals,
    String expectations) {}
