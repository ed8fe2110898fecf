package org.spinecase.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralDetails;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Referrer;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A referral as entered at intake, for a registered patient ({@code patientId}) or one registered
 * in the same form ({@code newPatient}), with the messages shown next to each field. The referral
 * checks the same rules again, together with those that need the patient (the index surgery).
 */
public class ReferralForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long patientId;

  @Valid private PatientForm newPatient;

  @NotBlank(message = "The referring clinician is required.")
  @Size(max = Referrer.LENGTH, message = "Referrer must be at most 200 characters.")
  private String referrerName;

  @Size(max = Referrer.LENGTH, message = "Organisation must be at most 200 characters.")
  private String referrerOrganisation;

  @Size(max = Referrer.LENGTH, message = "Contact must be at most 200 characters.")
  private String referrerContact;

  @NotNull(message = "Date received is required.")
  @PastOrPresent(message = "Date received must not be in the future.")
  private LocalDate receivedOn = ClinicClock.today();

  @NotNull(message = "Channel is required.")
  private ReferralChannel channel;

  @NotNull(message = "Question is required.")
  private ReferralQuestion question;

  @Size(max = 1000, message = "Question detail must be at most 1000 characters.")
  private String questionDetail;

  @NotNull(message = "Urgency is required.")
  private Urgency urgency;

  private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

  @Min(value = 0, message = "Back pain is scored from 0 to 10.")
  @Max(value = 10, message = "Back pain is scored from 0 to 10.")
  private Integer backPain;

  @Min(value = 0, message = "Leg pain is scored from 0 to 10.")
  @Max(value = 10, message = "Leg pain is scored from 0 to 10.")
  private Integer legPain;

  @Min(value = 0, message = "Pain duration must be 0 to 600 months.")
  @Max(value = 600, message = "Pain duration must be 0 to 600 months.")
  private Integer painDurationMonths;

  private Long indexSurgeryId;

  private List<AttachmentUpload> attachments = new ArrayList<>();

  /** What the referral records, with the index surgery the service found for the id. */
  public ReferralDetails toDetails(PriorSpineSurgery indexSurgery) {
    return new ReferralDetails(
        new Referrer(referrerName, referrerOrganisation, referrerContact),
        receivedOn,
        channel,
        question,
        questionDetail,
        urgency,
        redFlags,
        backPain,
        legPain,
        painDurationMonths,
        indexSurgery);
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public PatientForm getNewPatient() {
    return newPatient;
  }

  public void setNewPatient(PatientForm newPatient) {
    this.newPatient = newPatient;
  }

  public String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(String referrerName) {
    this.referrerName = referrerName;
  }

  public String getReferrerOrganisation() {
    return referrerOrganisation;
  }

  public void setReferrerOrganisation(String referrerOrganisation) {
    this.referrerOrganisation = referrerOrganisation;
  }

  public String getReferrerContact() {
    return referrerContact;
  }

  public void setReferrerContact(String referrerContact) {
    this.referrerContact = referrerContact;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public ReferralChannel getChannel() {
    return channel;
  }

  public void setChannel(ReferralChannel channel) {
    this.channel = channel;
  }

  public ReferralQuestion getQuestion() {
    return question;
  }

  public void setQuestion(ReferralQuestion question) {
    this.question = question;
  }

  public String getQuestionDetail() {
    return questionDetail;
  }

  public void setQuestionDetail(String questionDetail) {
    this.questionDetail = questionDetail;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  /** Modifiable, so that a form or an assembler can tick flags one by one. */
  public Set<RedFlag> getRedFlags() {
    return redFlags;
  }

  public void setRedFlags(Set<RedFlag> redFlags) {
    this.redFlags =
        redFlags == null || redFlags.isEmpty()
            ? EnumSet.noneOf(RedFlag.class)
            : EnumSet.copyOf(redFlags);
  }

  public Integer getBackPain() {
    return backPain;
  }

  public void setBackPain(Integer backPain) {
    this.backPain = backPain;
  }

  public Integer getLegPain() {
    return legPain;
  }

  public void setLegPain(Integer legPain) {
    this.legPain = legPain;
  }

  public Integer getPainDurationMonths() {
    return painDurationMonths;
  }

  public void setPainDurationMonths(Integer painDurationMonths) {
    this.painDurationMonths = painDurationMonths;
  }

  public Long getIndexSurgeryId() {
    return indexSurgeryId;
  }

  public void setIndexSurgeryId(Long indexSurgeryId) {
    this.indexSurgeryId = indexSurgeryId;
  }

  /** Modifiable, so that uploads can be added one by one. */
  public List<AttachmentUpload> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<AttachmentUpload> attachments) {
    this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
  }
}
