package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Urgency;

class ReferralFormValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private static ReferralForm valid() {
    ReferralForm form = new ReferralForm();
    form.setPatientId(1L);
    form.setReferrerName("Dr Amal Haddad");
    form.setChannel(ReferralChannel.EMAIL);
    form.setQuestion(ReferralQuestion.PAIN_MANAGEMENT);
    form.setUrgency(Urgency.ROUTINE);
    return form;
  }

  private Set<String> fields(ReferralForm form) {
    return validator.validate(form).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteFormIsValidAndReceivedTodayByDefault() {
    assertEquals(Set.of(), fields(valid()));
    assertEquals(LocalDate.now(), valid().getReceivedOn());
  }

  @Test
  void namesEveryFieldThatIsWrong() {
    ReferralForm form = valid();
    form.setReferrerName(" ");
    form.setReceivedOn(LocalDate.now().plusDays(1));
    form.setLegPain(11);
    form.setPainDurationMonths(601);
    form.setChannel(null);
    assertEquals(
        Set.of("referrerName", "receivedOn", "legPain", "painDurationMonths", "channel"),
        fields(form));
  }

  @Test
  void checksANewPatientWithTheReferral() {
    ReferralForm form = valid();
    form.setPatientId(null);
    form.setNewPatient(new PatientForm());
    assertTrue(fields(form).contains("newPatient.familyName"), fields(form).toString());
  }
}
