package org.spinecase.interfaces.referral.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.ReferralForm;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.Referrer;
import org.spinecase.interfaces.patient.rest.PatientAssembler;
import org.spinecase.interfaces.referral.rest.dto.AttachmentDto;
import org.spinecase.interfaces.referral.rest.dto.ReferralDto;
import org.spinecase.interfaces.referral.rest.dto.ReferralInputDto;
import org.spinecase.interfaces.referral.rest.dto.ReferrerDto;

/** Between the referral API's JSON and the service's form and entities. */
final class ReferralAssembler {

  private ReferralAssembler() {}

  /** The form, with the attachments decoded; every problem of the JSON itself at once. */
  static ReferralForm toForm(ReferralInputDto dto, long maxAttachmentBytes) {
    List<FieldViolation> violations = new ArrayList<>();
    ReferralForm form = new ReferralForm();
    form.setPatientId(dto.patientId());
    if (dto.patient() != null) {
      form.setNewPatient(PatientAssembler.toForm(dto.patient()));
    }
    ReferrerDto referrer = dto.referrer();
    if (referrer != null) {
      form.setReferrerName(referrer.name());
      form.setReferrerOrganisation(referrer.organisation());
      form.setReferrerContact(referrer.contact());
    }
    if (dto.receivedOn() != null) {
      // left out means the form's default, today, as on the intake page
      form.setReceivedOn(dto.receivedOn());
    }
    form.setChannel(dto.channel());
    form.setQuestion(dto.question());
    form.setQuestionDetail(dto.questionDetail());
    form.setUrgency(dto.urgency());
    if (dto.redFlags() != null) {
      form.getRedFlags().addAll(dto.redFlags());
    }
    form.setBackPain(dto.backPain());
    form.setLegPain(dto.legPain());
    form.setPainDurationMonths(dto.painDurationMonths());
    form.setIndexSurgeryId(dto.indexSurgeryId());
    form.getAttachments().addAll(AttachmentContent.decode(dto.attachments(), maxAttachmentBytes, violations));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return form;
  }

  static ReferralDto toDto(Referral referral) {
    Referrer referrer = referral.getReferrer();
    CaseFile caseFile = referral.getCaseFile();
    return new ReferralDto(
        referral.getId(),
        referral.getVersion(),
        referral.getPatient().getId(),
        referral.getPatient().getMrn(),
        referral.getStatus(),
        referral.getStatus().label(),
        referral.getUrgency(),
        referral.getRedFlags().stream().sorted().toList(),
        caseFile == null ? null : caseFile.getId(),
        caseFile == null ? null : caseFile.getStatus(),
        caseFile == null ? null : caseFile.getStatus().label(),
        new ReferrerDto(referrer.getName(), referrer.getOrganisation(), referrer.getContact()),
        referral.getReceivedOn(),
        referral.getChannel(),
        referral.getQuestion(),
        referral.getQuestionDetail(),
        referral.getBackPain(),
        referral.getLegPain(),
        referral.getPainDurationMonths(),
        referral.getIndexSurgery() == null ? null : referral.getIndexSurgery().getId(),
        referral.getInformationRequested(),
        referral.getInformationDueOn(),
        referral.getDeclineReason(),
        referral.getTriagedAt(),
        referral.getTriagedBy(),
        referral.getAttachments().stream()
            .sorted(Comparator.comparing(Attachment::getId))
            .map(ReferralAssembler::toDto)
            .toList(),
        referral.getCreatedAt(),
        referral.getCreatedBy(),
        referral.getChangedAt(),
        referral.getChangedBy());
  }

  static AttachmentDto toDto(Attachment attachment) {
    return new AttachmentDto(
        attachment.getId(),
        attachment.getKind(),
        attachment.getFileName(),
        attachment.getDocumentType().mediaType(),
        attachment.getSizeBytes(),
        attachment.getSha256(),
        attachment.getUploadedAt(),
        attachment.getUploadedBy());
  }
}
