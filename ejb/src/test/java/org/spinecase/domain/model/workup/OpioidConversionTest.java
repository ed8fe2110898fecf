package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/** MME worked by hand: daily dose x CDC 2022 factor. */
class OpioidConversionTest {

  static Stream<Arguments> doses() {
    return Stream.of(
        Arguments.of("oxycodone 10 mg x 3/day", OpioidDose.oral(Opioid.OXYCODONE, "10", 3), "45.0"),
        Arguments.of("morphine 30 mg x 2/day", OpioidDose.oral(Opioid.MORPHINE, "30", 2), "60.0"),
        Arguments.of(
            "hydrocodone 5 mg x 4/day (CDC example)",
            OpioidDose.oral(Opioid.HYDROCODONE, "5", 4),
            "20.0"),
        Arguments.of(
            "oxymorphone 10 mg x 2/day", OpioidDose.oral(Opioid.OXYMORPHONE, "10", 2), "60.0"),
        Arguments.of(
            "hydromorphone 4 mg x 3/day", OpioidDose.oral(Opioid.HYDROMORPHONE, "4", 3), "60.0"),
        Arguments.of("codeine 30 mg x 4/day", OpioidDose.oral(Opioid.CODEINE, "30", 4), "18.0"),
        Arguments.of("tramadol 50 mg x 4/day", OpioidDose.oral(Opioid.TRAMADOL, "50", 4), "40.0"),
        Arguments.of(
            "tapentadol 50 mg x 2/day", OpioidDose.oral(Opioid.TAPENTADOL, "50", 2), "40.0"),
        Arguments.of(
            "methadone 10 mg x 3/day", OpioidDose.oral(Opioid.METHADONE, "10", 3), "141.0"),
        Arguments.of("fentanyl patch 25 mcg/h", OpioidDose.fentanylPatch("25"), "60.0"),
        Arguments.of(
            "codeine 15 mg x 1/day rounds 2.25 to 2.3",
            OpioidDose.oral(Opioid.CODEINE, "15", 1),
            "2.3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("doses")
  void convertsToMmePerDay(String name, OpioidDose dose, String mme) {
    assertEquals(new BigDecimal(mme), dose.mmePerDay());
  }

  @Test
  void tableHoldsExactlyTheCdc2022Factors() {
    assertEquals(10, OpioidConversion.table().size());
    assertEquals(new BigDecimal("5"), OpioidConversion.factor(Opioid.HYDROMORPHONE));
    assertEquals(new BigDecimal("4.7"), OpioidConversion.factor(Opioid.METHADONE));
    assertEquals(new BigDecimal("2.4"), OpioidConversion.factor(Opioid.FENTANYL_TRANSDERMAL));
    assertEquals(new BigDecimal("0.15"), OpioidConversion.factor("Codeine"));
    assertEquals(new BigDecimal("1.5"), OpioidConversion.factor(" oxycodone "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"buprenorphine", "pethidine", "fentanyl", "tilidine", ""})
  void refusesOpioidsWithoutAFactorRatherThanGuessing(String name) {
    ClinicalRuleViolation refused =
        assertThrows(ClinicalRuleViolation.class, () -> OpioidConversion.factor(name));
    assertEquals("opioid", refused.getField());
    assertTrue(refused.getMessage().contains("No CDC 2022 conversion factor"));
  }

  @Test
  void aPatchIsRecordedByItsRateOnce() {
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new OpioidDose(Opioid.FENTANYL_TRANSDERMAL, new BigDecimal("25"), 3));
    assertThrows(
        ClinicalRuleViolation.class, () -> OpioidDose.oral(Opioid.FENTANYL_TRANSDERMAL, "25", 1));
  }

  @Test
  void refusesDosesThatCannotBe() {
    assertThrows(ClinicalRuleViolation.class, () -> OpioidDose.oral(Opioid.MORPHINE, "0", 2));
    assertThrows(ClinicalRuleViolation.class, () -> OpioidDose.oral(Opioid.MORPHINE, "-5", 2));
    assertThrows(ClinicalRuleViolation.class, () -> OpioidDose.oral(Opioid.MORPHINE, "10", 0));
    assertThrows(ClinicalRuleViolation.class, () -> OpioidDose.oral(Opioid.MORPHINE, "10", 25));
  }

  @Test
  void onlyAnOpioidTakesADose() {
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            new Medication(
                "Pregabalin", MedicationClass.GABAPENTINOID, OpioidDose.fentanylPatch("12")));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new Medication("Oxycontin", MedicationClass.OPIOID, null));
  }
}
