package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.patient.MedicalRecordNumber;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;

class PatientFormValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidation() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  static PatientForm validForm() {
    PatientForm form = new PatientForm();
    form.setFamilyName("Müller");
    form.setGivenName("Anna");
    form.setDateOfBirth(LocalDate.of(1961, 4, 23));
    form.setSex(Sex.FEMALE);
    form.setPhone("+44 (20) 7946-0000");
    form.setEmail("anna@example.org");
    form.setBmi(new BigDecimal("27.4"));
    form.setSmokingStatus(SmokingStatus.FORMER);
    return form;
  }

  static SurgeryForm validSurgery() {
    SurgeryForm surgery = new SurgeryForm();
    surgery.setSurgeryDate(LocalDate.of(2019, 3, 12));
    surgery.setProcedure(SpineProcedure.MICRODISCECTOMY);
    surgery.setLevels("L4-L5");
    return surgery;
  }

  private static Map<String, String> messages(Object form) {
    try {
      InputCheck.requireValid(validator, form);
      return Map.of();
    } catch (InvalidInputException invalid) {
      return invalid.getViolations().stream()
          .collect(
              Collectors.toMap(
                  FieldViolation::field, FieldViolation::message, (a, b) -> a + " | " + b));
    }
  }

  @Test
  void aCompleteFormPasses() {
    PatientForm form = validForm();
    form.getSurgeries().add(validSurgery());
    assertEquals(Map.of(), messages(form));
    assertEquals("en", form.getPreferredLanguage());
  }

  @Test
  void anEmptyFormNamesEveryRequiredField() {
    PatientForm form = new PatientForm();
    assertEquals(
        Map.of(
            "familyName", "Family name is required.",
            "givenName", "Given name is required.",
            "dateOfBirth", "Date of birth is required.",
            "sex", "Sex is required."),
        messages(form));
  }

  @Test
  void datesOfBirthMustBePlausible() {
    PatientForm form = validForm();
    form.setDateOfBirth(LocalDate.now().plusDays(1));
    assertEquals(Map.of("dateOfBirth", "Date of birth must be in the past."), messages(form));
    form.setDateOfBirth(LocalDate.of(1899, 12, 31));
    assertEquals(Map.of("dateOfBirth", "Date of birth must not be before 1900."), messages(form));
    form.setDateOfBirth(LocalDate.of(1900, 1, 1));
    assertEquals(Map.of(), messages(form));
  }

  @Test
  void contactDetailsAreChecked() {
    PatientForm form = validForm();
    form.setEmail("anna@");
    form.setPhone("call me");
    form.setPreferredLanguage("German");
    assertEquals(
        Map.of(
            "email", "Email address is not valid.",
            "phone", "Phone may contain digits, spaces and + ( ) - . / only.",
            "preferredLanguage",
                "Preferred language must be a two-letter ISO 639-1 code such as en."),
        messages(form));
  }

  @Test
  void blankOptionalFieldsCountAsNotGiven() {
    PatientForm form = validForm();
    form.setMrn("  ");
    form.setPreferredLanguage("");
    form.setEmail("");
    assertNull(form.getMrn());
    assertNull(form.getPreferredLanguage());
    assertEquals(Map.of(), messages(form));
  }

  @Test
  void aGivenMrnMustLookLikeOne() {
    PatientForm form = validForm();
    form.setMrn("legacy-4711");
    assertEquals(Map.of(), messages(form));
    form.setMrn("#4711");
    assertEquals(
        Map.of(
            "mrn",
            "MRN must be 3 to 20 letters, digits or hyphens, starting with a letter or digit."),
        messages(form));
  }

  @Test
  void bmiMustBeMeasurable() {
    PatientForm form = validForm();
    form.setBmi(new BigDecimal("9.9"));
    assertEquals(Map.of("bmi", "BMI must be between 10.0 and 80.0."), messages(form));
    form.setBmi(new BigDecimal("27.45"));
    assertEquals(Map.of("bmi", "BMI takes one decimal place at most."), messages(form));
  }

  @Test
  void surgeriesAreCheckedRowByRow() {
    PatientForm form = validForm();
    SurgeryForm wrong = validSurgery();
    wrong.setLevels("L5-L4");
    wrong.setSurgeryDate(LocalDate.now().plusDays(1));
    SurgeryForm empty = new SurgeryForm();
    form.setSurgeries(List.of(validSurgery(), wrong, empty));
    assertEquals(
        Map.of(
            "surgeries[1].levels",
                "Levels must look like L4-L5, L5-S1 or T12-L1, from upper to lower.",
            "surgeries[1].surgeryDate", "Surgery date must not be in the future.",
            "surgeries[2].levels", "Levels are required.",
            "surgeries[2].procedure", "Procedure is required.",
            "surgeries[2].surgeryDate", "Surgery date is required."),
        messages(form));
  }

  @Test
  void violationsComeSortedByFieldWithTheFirstAsMessage() {
    PatientForm form = validForm();
    form.setSex(null);
    form.setFamilyName("");
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> InputCheck.requireValid(validator, form));
    assertEquals(
        List.of(
            new FieldViolation("familyName", "Family name is required."),
            new FieldViolation("sex", "Sex is required.")),
        invalid.getViolations());
    assertEquals("Family name is required.", invalid.getMessage());
  }

  @Test
  void noFormAtAllIsInvalidInput() {
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> InputCheck.requireValid(validator, null));
    assertNull(invalid.getViolations().get(0).field());
  }

  @Test
  void formForEditingHoldsThePatientAsRecorded() {
    PatientForm entered = validForm();
    Patient patient = Patient.register(MedicalRecordNumber.issue("SC", 1), entered.toDetails());
    PatientForm form = PatientForm.from(patient);
    assertEquals("SC-0000018", form.getMrn());
    assertEquals("Müller", form.getFamilyName());
    assertEquals(new BigDecimal("27.4"), form.getBmi());
    assertEquals(SmokingStatus.FORMER, form.getSmokingStatus());
    assertTrue(form.getSurgeries().isEmpty());
    assertEquals(Map.of(), messages(form));
  }

  @Test
  void surgeryFormForCorrectionHoldsTheSurgeryAsRecorded() {
    Patient patient = Patient.register(MedicalRecordNumber.issue("SC", 1), validForm().toDetails());
    SurgeryForm entered = validSurgery();
    entered.setLevels(" l5 - s1 ");
    SurgeryForm form = SurgeryForm.from(patient.recordPriorSurgery(entered.toDetails()));
    assertEquals("L5-S1", form.getLevels());
    assertEquals(SpineProcedure.MICRODISCECTOMY, form.getProcedure());
    assertEquals(Map.of(), messages(form));
  }
}
