package org.spinecase.interfaces.worklist.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Urgency;

/** One referral or case waiting on a worklist; {@code waitingDays} since {@code waitingSince}. */
@JsonbPropertyOrder({
  "referralId", "caseId", "patientId", "mrn", "patientName", "dateOfBirth", "status", "urgency",
  "redFlag", "question", "waitingSince", "waitingDays", "leadName", "dueOn", "overdue"
})
public record WorklistRowDto(
    Long referralId,
    Long caseId,
    long patientId,
    String mrn,
    String patientName,
    LocalDate dateOfBirth,
    String status,
    Urgency urgency,
    boolean redFlag,
    ReferralQuestion question,
    LocalDate waitingSince,
    long waitingDays,
    String leadName,
    LocalDate dueOn,
    boolean overdue) {}
