package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LuhnCheckDigitTest {

  @Test
  void matchesPublishedReferenceNumbers() {
    // 79927398713 is the worked example of the Luhn algorithm (ISO/IEC 7812-1, Annex B)
    assertEquals(3, LuhnCheckDigit.of("7992739871"));
    assertTrue(LuhnCheckDigit.isValid("79927398713"));
    // a test credit card number known to pass the Luhn check
    assertTrue(LuhnCheckDigit.isValid("4111111111111111"));
    assertFalse(LuhnCheckDigit.isValid("4111111111111112"));
  }

  @Test
  void checksTheClinicSerials() {
    assertEquals(8, LuhnCheckDigit.of("000001"));
    assertEquals(6, LuhnCheckDigit.of("000002"));
    assertEquals(6, LuhnCheckDigit.of("123456"));
    assertTrue(LuhnCheckDigit.isValid("0000018"));
    assertFalse(LuhnCheckDigit.isValid("0000019"));
  }

  @Test
  void rejectsWhatIsNotDigits() {
    assertFalse(LuhnCheckDigit.isValid(null));
    assertFalse(LuhnCheckDigit.isValid("7"));
    assertFalse(LuhnCheckDigit.isValid("12a4"));
    assertThrows(IllegalArgumentException.class, () -> LuhnCheckDigit.of(""));
    assertThrows(IllegalArgumentException.class, () -> LuhnCheckDigit.of("12-3"));
  }

  @Property
  void appendingTheCheckDigitAlwaysValidates(
      @ForAll @NumericChars @StringLength(min = 1, max = 18) String digits) {
    assertTrue(LuhnCheckDigit.isValid(digits + LuhnCheckDigit.of(digits)));
  }

  @Property
  void everySingleMistypedDigitIsCaught(
      @ForAll @NumericChars @StringLength(min = 1, max = 18) String digits,
      @ForAll @IntRange(min = 0, max = 18) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String valid = digits + LuhnCheckDigit.of(digits);
    Assume.that(position < valid.length());
    char wrong = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
    String mistyped = valid.substring(0, position) + wrong + valid.substring(position + 1);
    assertFalse(LuhnCheckDigit.isValid(mistyped), mistyped);
  }
}
