package org.spinecase.it.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.application.PatientForm;
import org.spinecase.application.ReferralForm;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Urgency;

/** Referral forms as intake fills them in, each for a new patient of its own. */
public final class ReferralForms {

  private ReferralForms() {}

  /** A family name no other test uses. */
  public static String unique(String family) {
    return family + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A routine referral with its letter, for a new patient of that family name. */
  public static ReferralForm routine(String family) {
    ReferralForm form = new ReferralForm();
    PatientForm patient = new PatientForm();
    patient.setFamilyName(family);
    patient.setGivenName("Ingrid");
    patient.setDateOfBirth(LocalDate.of(1971, 2, 14));
    patient.setSex(Sex.FEMALE);
    form.setNewPatient(patient);
    form.setReferrerName("Dr Amal Haddad");
    form.setReferrerOrganisation("Riverside Spine Centre");
    form.setReferrerContact("a.haddad@example.org");
    form.setReceivedOn(LocalDate.now().minusDays(2));
    form.setChannel(ReferralChannel.LETTER);
    form.setQuestion(ReferralQuestion.SCS_EVALUATION);
    form.setQuestionDetail("Leg pain persisting after L5-S1 fusion");
    form.setUrgency(Urgency.ROUTINE);
    form.setBackPain(5);
    form.setLegPain(8);
    form.setPainDurationMonths(26);
    form.setAttachments(List.of(new AttachmentUpload(DocumentKind.REFERRAL_LETTER, "letter.pdf", SampleDocuments.pdf())));
    return form;
  }

  /** As {@link #routine}, with a red flag ticked. */
  public static ReferralForm redFlag(String family, RedFlag flag) {
    ReferralForm form = routine(family);
    form.setRedFlags(EnumSet.of(flag));
    form.setUrgency(Urgency.URGENT);
    return form;
  }
}
