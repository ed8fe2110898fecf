package org.spinecase.application;

import java.io.Serializable;
import java.util.List;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.application.WorkupView.SignatureRow;

/**
 * The one-page summary of a workup for the MDT and the letter to the referrer: the causes with the
 * evidence they rest on (described, not numbered), the red flags, the latest score of each
 * instrument, the open questions (what is still missing, studies not yet resulted), the diagnosis
 * codes, the signature and addenda, the physiotherapy and psychology assessments, and the facts
 * the MDT asks for first ({@link MdtFacts}).
 *
 * <p>Everything is text ready to print, so the screen and the PDF say the same thing.
 */
public record WorkupSummary(
    long caseId,
    String patientName,
    String medicalRecordNumber,
    String caseStatus,
    List<CauseRow> causes,
    List<String> redFlags,
    List<ScoreRow> latestScores,
    List<String> openQuestions,
    List<String> diagnosisCodes,
    String painMechanisms,
    String functionAndMovement,
    String psychologicalEvaluation,
    SignatureRow signature,
    List<AddendumRow> addenda,
    MdtFacts mdt)
    implements Serializable {

  public WorkupSummary {
    causes = List.copyOf(causes);
    redFlags = List.copyOf(redFlags);
    latestScores = List.copyOf(latestScores);
    openQuestions = List.copyOf(openQuestions);
    diagnosisCodes = List.copyOf(diagnosisCodes);
    addenda = List.copyOf(addenda);
  }

  public long getCaseId() {
    return caseId;
  }

  public String getPatientName() {
    return patientName;
  }

  public String getMedicalRecordNumber() {
    return medicalRecordNumber;
  }

  public String getCaseStatus() {
    return caseStatus;
  }

  public List<CauseRow> getCauses() {
    return causes;
  }

  public List<String> getRedFlags() {
    return redFlags;
  }

  public List<ScoreRow> getLatestScores() {
    return latestScores;
  }

  public List<String> getOpenQuestions() {
    return openQuestions;
  }

  public List<String> getDiagnosisCodes() {
    return diagnosisCodes;
  }

  public String getPainMechanisms() {
    return painMechanisms;
  }

  public String getFunctionAndMovement() {
    return functionAndMovement;
  }

  public String getPsychologicalEvaluation() {
    return psychologicalEvaluation;
  }

  public SignatureRow getSignature() {
    return signature;
  }

  public boolean isSigned() {
    return signature != null;
  }

  public List<AddendumRow> getAddenda() {
    return addenda;
  }

  public MdtFacts getMdt() {
    return mdt;
  }

  /**
   * What the MDT needs beside the causes, as text in the clinic's format: the date of birth, the
   * referrer's question, the opioid load (null without a history), the abnormal examination
   * findings, the urgent plan for a positive red flag (null without one) and the safety alerts of
   * the case's questionnaires with their acknowledgements.
   */
  public record MdtFacts(
      String dateOfBirth,
      String referralQuestion,
      String opioidLoad,
      List<String> abnormalFindings,
      String urgentPlan,
      List<String> safetyAlerts)
      implements Serializable {

    public MdtFacts {
      abnormalFindings = List.copyOf(abnormalFindings);
      safetyAlerts = List.copyOf(safetyAlerts);
    }

    public String getDateOfBirth() {
      return dateOfBirth;
    }

    public String getReferralQuestion() {
      return referralQuestion;
    }

    public String getOpioidLoad() {
      return opioidLoad;
    }

    public List<String> getAbnormalFindings() {
      return abnormalFindings;
    }

    public String getUrgentPlan() {
      return urgentPlan;
    }

    public List<String> getSafetyAlerts() {
      return safetyAlerts;
    }
  }

  /**
   * One cause as the MDT reads it: "Recurrent disc herniation, L4-L5 left, probable, surgically
   * addressable", with the evidence described ("MRI with and without gadolinium L4-L5 on
   * 2025-03-01: ...").
   */
  public record CauseRow(
      String cause,
      String levels,
      String side,
      String certainty,
      String timing,
      boolean surgicallyAddressable,
      boolean excluded,
      String basis,
      List<String> evidence)
      implements Serializable {

    public CauseRow {
      evidence = List.copyOf(evidence);
    }

    public String getCause() {
      return cause;
    }

    public String getLevels() {
      return levels;
    }

    public String getSide() {
      return side;
    }

    public String getCertainty() {
      return certainty;
    }

    public String getTiming() {
      return timing;
    }

    public boolean isSurgicallyAddressable() {
      return surgicallyAddressable;
    }

    public boolean isExcluded() {
      return excluded;
    }

    public String getBasis() {
      return basis;
    }

    public List<String> getEvidence() {
      return evidence;
    }
  }
}
