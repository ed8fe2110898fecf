package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The red-flag checklist: sign to POSITIVE or NEGATIVE. Signs: SADDLE_ANAESTHESIA,
 * BLADDER_OR_BOWEL_CHANGE, PROGRESSIVE_NEUROLOGICAL_DEFICIT, FEVER, WOUND_DRAINAGE,
 * IMMUNOSUPPRESSION, INTRAVENOUS_DRUG_USE, CANCER_HISTORY, UNEXPLAINED_WEIGHT_LOSS, FRACTURE_RISK,
 * CSF_LEAK. An unanswered sign is not "no red flag"; restNegative=true answers every sign not given
 * as NEGATIVE. A positive sign needs an urgentPlan to complete the section and marks the case red
 * flag at once. positiveFlags is computed and ignored when sent.
 */
@JsonbPropertyOrder({"answers", "restNegative", "urgentPlan", "positiveFlags"})
public record RedFlagsDto(
    Map<String, String> answers, Boolean restNegative, String urgentPlan, List<CodeLabelDto> positiveFlags) {}
