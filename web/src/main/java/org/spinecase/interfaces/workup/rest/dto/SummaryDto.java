package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The one-page summary of the workup for the MDT and the letter to the referrer, as text: causes
 * with their evidence, red flags, the latest score of each instrument, open questions (missing
 * items, studies not yet resulted), diagnosis codes, the physiotherapy and psychology assessments,
 * the signature and addenda. The same as the screen and the PDF.
 */
@JsonbPropertyOrder({
  "caseId", "patientName", "medicalRecordNumber", "caseStatus", "causes", "redFlags", "latestScores",
  "openQuestions", "diagnosisCodes", "painMechanisms", "functionAndMovement", "psychologicalEvaluation",
  "signed", "signature", "addenda"
})
public record SummaryDto(
    long caseId,
    String patientName,
    String medicalRecordNumber,
    String caseStatus,
    List<SummaryCauseDto> causes,
    List<String> redFlags,
    List<WorkupScoreDto> latestScores,
    List<String> openQuestions,
    List<String> diagnosisCodes,
    String painMechanisms,
    String functionAndMovement,
    String psychologicalEvaluation,
    boolean signed,
    SignatureDto signature,
    List<AddendumDto> addenda) {}
