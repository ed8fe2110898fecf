package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class MedicalRecordNumberTest {

  @Test
  void issuesTheClinicPatternWithACheckDigit() {
    assertEquals("SC-0000018", MedicalRecordNumber.issue("SC", 1).value());
    assertEquals("SC-0000026", MedicalRecordNumber.issue("SC", 2).value());
    assertEquals("SC-1234566", MedicalRecordNumber.issue("SC", 123_456).value());
    assertEquals(
        "SC-9999996", MedicalRecordNumber.issue("SC", MedicalRecordNumber.MAX_SERIAL).value());
    assertEquals("NORTH1-0000018", MedicalRecordNumber.issue("NORTH1", 1).value());
  }

  @Test
  void refusesSerialsThatDoNotFitAndBadPrefixes() {
    assertThrows(IllegalStateException.class, () -> MedicalRecordNumber.issue("SC", 0));
    assertThrows(IllegalStateException.class, () -> MedicalRecordNumber.issue("SC", 1_000_000));
    assertThrows(IllegalStateException.class, () -> MedicalRecordNumber.issue("sc", 1));
    assertThrows(IllegalStateException.class, () -> MedicalRecordNumber.issue("S-C", 1));
    assertThrows(IllegalStateException.class, () -> MedicalRecordNumber.issue("ABCDEFGHIJKLM", 1));
  }

  @Test
  void recognisesIssuedNumbersByTheirCheckDigit() {
    assertTrue(MedicalRecordNumber.isValidIssued("SC-0000018"));
    assertFalse(MedicalRecordNumber.isValidIssued("SC-0000019"));
    assertFalse(MedicalRecordNumber.isValidIssued("SC-0000081")); // swapped neighbours
    assertFalse(MedicalRecordNumber.isValidIssued("SC-000018"));
    assertFalse(MedicalRecordNumber.isValidIssued(null));
  }

  @Test
  void takesOverNumbersFromOtherSystemsInUpperCase() {
    assertEquals("LEGACY-4711", MedicalRecordNumber.of("  legacy-4711 ").value());
    assertEquals(MedicalRecordNumber.of("ab1"), MedicalRecordNumber.of("AB1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AB", "-AB1", "AB 12", "AB_12", "ÄB12", "ABCDEFGHIJKLMNOPQRSTU"})
  void refusesWhatDoesNotLookLikeAnMrn(String text) {
    ClinicalRuleViolation violation =
        assertThrows(ClinicalRuleViolation.class, () -> MedicalRecordNumber.of(text));
    assertEquals("mrn", violation.getField());
  }

  @Test
  void refusesNoNumberAtAll() {
    assertThrows(ClinicalRuleViolation.class, () -> MedicalRecordNumber.of(null));
  }

  @Test
  void prefixComesFromTheSettingOrDefaultsToSc() {
    String before = System.getProperty(MedicalRecordNumber.PREFIX_SETTING);
    try {
      System.setProperty(MedicalRecordNumber.PREFIX_SETTING, " north ");
      assertEquals("NORTH", MedicalRecordNumber.configuredPrefix());
      System.clearProperty(MedicalRecordNumber.PREFIX_SETTING);
      if (System.getenv(MedicalRecordNumber.PREFIX_SETTING) == null) {
        assertEquals("SC", MedicalRecordNumber.configuredPrefix());
      }
    } finally {
      if (before == null) {
        System.clearProperty(MedicalRecordNumber.PREFIX_SETTING);
      } else {
        System.setProperty(MedicalRecordNumber.PREFIX_SETTING, before);
      }
    }
  }

  @Property
  void everyIssuedNumberValidatesAndLooksLikeAnMrn(
      @ForAll @UpperChars @NumericChars @StringLength(min = 1, max = 12) String prefix,
      @ForAll @LongRange(min = 1, max = MedicalRecordNumber.MAX_SERIAL) long serial) {
    String mrn = MedicalRecordNumber.issue(prefix, serial).value();
    assertTrue(MedicalRecordNumber.isValidIssued(mrn), mrn);
    assertEquals(mrn, MedicalRecordNumber.of(mrn).value());
  }

  @Property
  void differentSerialsNeverShareAnMrn(
      @ForAll @LongRange(min = 1, max = MedicalRecordNumber.MAX_SERIAL) long one,
      @ForAll @LongRange(min = 1, max = MedicalRecordNumber.MAX_SERIAL) long other) {
    boolean same =
        MedicalRecordNumber.issue("SC", one).equals(MedicalRecordNumber.issue("SC", other));
    assertEquals(one == other, same);
  }

  @Property
  void givenNumbersAreStoredInUpperCase(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 3, max = 20) String text) {
    String mrn = MedicalRecordNumber.of(text).value();
    assertEquals(mrn, mrn.toUpperCase(Locale.ROOT));
  }
}
