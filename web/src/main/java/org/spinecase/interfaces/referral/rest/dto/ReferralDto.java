package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.Urgency;

/**
 * A referral and where it stands: its status, and once accepted the case it opened. The version
 * (also the ETag) is what a triage decision must send back.
 */
@JsonbPropertyOrder({
  "id", "version", "patientId", "mrn", "status", "statusLabel", "urgency", "redFlags", "caseId",
  "caseStatus", "caseStatusLabel", "referrer", "receivedOn", "channel", "question",
  "questionDetail", "backPain", "legPain", "painDurationMonths", "indexSurgeryId",
  "informationRequested", "informationDueOn", "declineReason", "triagedAt", "triagedBy",
  "attachments", "createdAt", "createdBy", "changedAt", "changedBy"
})
public record ReferralDto(
    long id,
    long version,
    long patientId,
    String mrn,
    ReferralStatus status,
    String statusLabel,
    Urgency urgency,
    List<RedFlag> redFlags,
    Long caseId,
    CaseStatus caseStatus,
    String caseStatusLabel,
    ReferrerDto referrer,
    LocalDate receivedOn,
    ReferralChannel channel,
    ReferralQuestion question,
    String questionDetail,
    Integer backPain,
    Integer legPain,
    Integer painDurationMonths,
    Long indexSurgeryId,
    String informationRequested,
    LocalDate informationDueOn,
    String declineReason,
    Instant triagedAt,
    String triagedBy,
    List<AttachmentDto> attachments,
    Instant createdAt,
    String createdBy,
    Instant changedAt,
    String changedBy) {}
