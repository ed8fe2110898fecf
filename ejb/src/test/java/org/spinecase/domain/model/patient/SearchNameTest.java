package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchNameTest {

  @ParameterizedTest
  @CsvSource({
    "Müller, muller",
    "MÜLLER, muller",
    "Mueller, mueller",
    "ÉLODIE, elodie",
    "élodie, elodie",
    "Ångström, angstrom",
    "Straße, strasse",
    "Søren, soren",
    "Łukasz, lukasz",
    "Ærø, aero",
    "O'Brien, obrien",
    "D’Angelo, dangelo",
    "Meier-Schmidt, meier schmidt",
    "'  van   der  Berg  ', van der berg",
    "İlker, ilker",
    "Nuñez, nunez",
    "François, francois",
    "ΑΝΝΑ, αννα"
  })
  void foldsCaseAccentsAndPunctuation(String name, String folded) {
    assertEquals(folded, SearchName.fold(name));
  }

  @Test
  void foldsNothingToEmpty() {
    assertEquals("", SearchName.fold(null));
    assertEquals("", SearchName.fold("  -- ' "));
  }

  @Test
  void keyIsFamilyThenGivenName() {
    assertEquals("muller anna", SearchName.of("Müller", "Anna"));
    assertEquals(SearchName.of("MULLER", "ANNA"), SearchName.of("müller", "anna"));
    assertEquals("muller", SearchName.of("Müller", null));
  }

  @Test
  void keyFitsTheColumn() {
    String key = SearchName.of("ß".repeat(400), "Anna");
    assertTrue(key.codePointCount(0, key.length()) <= SearchName.MAX_LENGTH);
  }

  @Property
  void foldingIsIdempotent(@ForAll String text) {
    String once = SearchName.fold(text);
    assertEquals(once, SearchName.fold(once));
  }

  @Property
  void foldedTextIsLowerCaseLettersDigitsAndSingleSpaces(@ForAll String text) {
    String folded = SearchName.fold(text);
    assertTrue(folded.equals(folded.strip()), folded);
    assertTrue(!folded.contains("  "), folded);
    assertTrue(folded.codePoints().allMatch(c -> c == ' ' || isLetterOrNumber(c)), folded);
    assertEquals(folded, folded.toLowerCase(Locale.ROOT));
  }

  private static boolean isLetterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  @Property
  void caseNeverMatters(@ForAll String text) {
    assertEquals(
        SearchName.fold(text.toUpperCase(Locale.ROOT)),
        SearchName.fold(text.toLowerCase(Locale.ROOT)));
  }
}
