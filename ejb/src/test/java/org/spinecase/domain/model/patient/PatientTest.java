package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.domain.model.patient.Patients.BORN;
import static org.spinecase.domain.model.patient.Patients.anna;
import static org.spinecase.domain.model.patient.Patients.details;
import static org.spinecase.domain.model.patient.Patients.microdiscectomy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class PatientTest {

  @Test
  void registersWithTidiedDetails() {
    Patient patient =
        Patient.register(
            MedicalRecordNumber.of("sc-0000018"), details("  Müller ", " Anna  Maria ", BORN));
    assertEquals("SC-0000018", patient.getMrn());
    assertEquals("Müller", patient.getFamilyName());
    assertEquals("Anna Maria", patient.getGivenName());
    assertEquals("MÜLLER, Anna Maria", patient.getDisplayName());
    assertEquals("de", patient.getPreferredLanguage());
    assertEquals(new BigDecimal("27.4"), patient.getRiskFactors().getBmi());
  }

  @Test
  void defaultsToEnglishAndToNoRiskFactorsRecorded() {
    Patient patient =
        Patient.register(
            MedicalRecordNumber.issue("SC", 2),
            new PatientDetails("Smith", "Jo", BORN, Sex.UNKNOWN, " ", "", null, null, null));
    assertEquals("en", patient.getPreferredLanguage());
    assertNull(patient.getPhone());
    assertNull(patient.getEmail());
    assertNull(patient.getRiskFactors().getSmokingStatus());
    assertNull(patient.getRiskFactors().getOsteoporosis());
  }

  @Test
  void countsAgeInCompletedYears() {
    Patient patient = anna();
    assertEquals(63, patient.ageOn(LocalDate.of(2025, 4, 22)));
    assertEquals(64, patient.ageOn(LocalDate.of(2025, 4, 23)));
  }

  @Test
  void refusesImpossibleDatesOfBirth() {
    assertRefused("dateOfBirth", () -> anna().revise(details("Müller", "Anna", null)));
    assertRefused(
        "dateOfBirth", () -> anna().revise(details("Müller", "Anna", LocalDate.now().plusDays(1))));
    assertRefused("dateOfBirth", () -> anna().revise(details("Müller", "Anna", LocalDate.now())));
    assertRefused(
        "dateOfBirth", () -> anna().revise(details("Müller", "Anna", LocalDate.of(1899, 12, 31))));
    anna().revise(details("Müller", "Anna", Patient.EARLIEST_DATE_OF_BIRTH));
  }

  @Test
  void refusesMissingNamesSexAndOddLanguages() {
    assertRefused("familyName", () -> anna().revise(details(" ", "Anna", BORN)));
    assertRefused("givenName", () -> anna().revise(details("Müller", null, BORN)));
    assertRefused("familyName", () -> anna().revise(details("M".repeat(101), "Anna", BORN)));
    assertRefused(
        "sex",
        () ->
            anna()
                .revise(
                    new PatientDetails(
                        "Müller", "Anna", BORN, null, null, null, null, "en", null)));
    assertRefused(
        "preferredLanguage",
        () ->
            anna()
                .revise(
                    new PatientDetails(
                        "Müller", "Anna", BORN, Sex.FEMALE, null, null, null, "deu", null)));
  }

  @Test
  void likelyDuplicateIsSameFoldedNameAndSameDateOfBirth() {
    Patient patient = anna();
    assertTrue(patient.isLikelyDuplicateOf("MULLER", "anna", BORN));
    assertTrue(patient.isLikelyDuplicateOf(" Müller ", "Ánna", BORN));
    assertFalse(patient.isLikelyDuplicateOf("Müller", "Anna", BORN.plusDays(1)));
    assertFalse(patient.isLikelyDuplicateOf("Müller", "Annabel", BORN));
    assertFalse(patient.isLikelyDuplicateOf("Mueller", "Anna", BORN));
    assertFalse(patient.isLikelyDuplicateOf("Müller", "Anna", null));
  }

  @Test
  void anEditOfContactDetailsDoesNotChangeIdentity() {
    Patient patient = anna();
    assertFalse(patient.wouldChangeIdentity(details("MÜLLER", "anna", BORN)));
    assertTrue(patient.wouldChangeIdentity(details("Müller", "Anna", BORN.minusYears(1))));
  }

  @Test
  void listsSurgeriesByDateAndLeavesOutThoseEnteredInError() {
    Patient patient = anna();
    PriorSpineSurgery later =
        patient.recordPriorSurgery(microdiscectomy(LocalDate.of(2019, 3, 12), "l4-l5"));
    PriorSpineSurgery earlier =
        patient.recordPriorSurgery(microdiscectomy(LocalDate.of(2015, 6, 1), "L5-S1"));
    assertEquals(List.of(earlier, later), patient.getSurgeries());
    assertEquals("L4-L5", later.getLevels());
    assertEquals("L4-L5 Microdiscectomy", later.describe());

    earlier.markEnteredInError("Belongs to another patient");
    assertEquals(List.of(earlier, later), patient.getSurgeries());
    assertEquals(List.of(later), patient.getActiveSurgeries());
    assertTrue(earlier.isEnteredInError());
    assertEquals("Belongs to another patient", earlier.getEnteredInErrorReason());
  }

  @Test
  void refusesSurgeriesBeforeBirthInTheFutureOrAtImpossibleLevels() {
    Patient patient = anna();
    assertRefused(
        "surgeryDate",
        () -> patient.recordPriorSurgery(microdiscectomy(BORN.minusDays(1), "L4-L5")));
    assertRefused(
        "surgeryDate",
        () -> patient.recordPriorSurgery(microdiscectomy(LocalDate.now().plusDays(1), "L4-L5")));
    assertRefused(
        "levels",
        () -> patient.recordPriorSurgery(microdiscectomy(LocalDate.of(2019, 1, 1), "L5-L4")));
    assertRefused(
        "procedure",
        () ->
            patient.recordPriorSurgery(
                new SurgeryDetails(LocalDate.of(2019, 1, 1), null, "L4-L5", null, null, null)));
    assertTrue(patient.getSurgeries().isEmpty());
  }

  @Test
  void correctsASurgeryUntilItIsEnteredInError() {
    PriorSpineSurgery surgery =
        anna().recordPriorSurgery(microdiscectomy(LocalDate.of(2019, 3, 12), "L4-L5"));
    surgery.correct(microdiscectomy(LocalDate.of(2019, 3, 12), "L5-S1"));
    assertEquals("L5-S1", surgery.getLevels());

    assertRefused("reason", () -> surgery.markEnteredInError("  "));
    surgery.markEnteredInError("Duplicate entry");
    assertRefused(null, () -> surgery.markEnteredInError("Again"));
    assertRefused(null, () -> surgery.correct(microdiscectomy(LocalDate.of(2019, 3, 12), "L4-L5")));
  }

  @Test
  void refusesBmiOutsideWhatIsMeasurable() {
    assertRefused(
        "bmi", () -> new RiskFactors(null, null, new BigDecimal("9.9"), null, null, null));
    assertRefused(
        "bmi", () -> new RiskFactors(null, null, new BigDecimal("80.1"), null, null, null));
    assertEquals(
        new BigDecimal("25.0"),
        new RiskFactors(null, null, new BigDecimal("25"), null, null, null).getBmi());
  }

  @Property
  void keepsEveryMeasurableBmiToOneDecimal(
      @ForAll @BigRange(min = "10.0", max = "80.0") BigDecimal bmi) {
    BigDecimal kept = new RiskFactors(null, null, bmi, null, null, null).getBmi();
    assertEquals(1, kept.scale());
    assertTrue(
        kept.compareTo(RiskFactors.MIN_BMI) >= 0 && kept.compareTo(RiskFactors.MAX_BMI) <= 0);
  }

  private static void assertRefused(String field, Runnable change) {
    ClinicalRuleViolation violation = assertThrows(ClinicalRuleViolation.class, change::run);
    assertEquals(field, violation.getField(), violation.getMessage());
  }
}
