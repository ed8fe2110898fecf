package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.interfaces.patient.rest.dto.PatientDto;

/**
 * A referral as another system sends it: for a registered patient ({@code patientId}) or one
 * registered with it ({@code patient}, the fields of the patient API). Any red flag makes the
 * urgency RED_FLAG, and RED_FLAG needs at least one flag; pain on the 0-10 numeric rating scale,
 * duration in months; {@code receivedOn} defaults to today.
 */
@JsonbPropertyOrder({
  "patientId", "patient", "referrer", "receivedOn", "channel", "question", "questionDetail",
  "urgency", "redFlags", "backPain", "legPain", "painDurationMonths", "indexSurgeryId", "attachments"
})
public record ReferralInputDto(
    Long patientId,
    PatientDto patient,
    ReferrerDto referrer,
    LocalDate receivedOn,
    ReferralChannel channel,
    ReferralQuestion question,
    String questionDetail,
    Urgency urgency,
    Set<RedFlag> redFlags,
    Integer backPain,
    Integer legPain,
    Integer painDurationMonths,
    Long indexSurgeryId,
    List<AttachmentUploadDto> attachments) {}
