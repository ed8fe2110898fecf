package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The diagnosis: icd10 M96.1, M96.0 or M96.3 (written "M96.1" or "M96_1"), supplementary G89.29,
 * G89.4; icd11 cluster; mechanisms NOCICEPTIVE, NEUROPATHIC, NOCIPLASTIC (at least one);
 * guyerCategories POOR_PATIENT_SELECTION, INCORRECT_DIAGNOSIS, WRONG_PROCEDURE, POOR_TECHNIQUE,
 * FAILURE_TO_ACHIEVE_SURGICAL_GOAL, NEW_OR_PROGRESSIVE_DISEASE. icd10Label is computed.
 */
@JsonbPropertyOrder({"icd10", "icd10Label", "supplementary", "icd11", "mechanisms", "guyerCategories"})
public record DiagnosisDto(
    String icd10,
    String icd10Label,
    List<String> supplementary,
    Icd11Dto icd11,
    List<String> mechanisms,
    List<String> guyerCategories) {}
