package org.spinecase.domain.model.patient;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for searching and for spotting duplicate registrations: case, accents and punctuation
 * are dropped, so "Müller", "MULLER" and "muller" are the same person to the search box and
 * "Élodie" is found by typing "elodie".
 *
 * <p>The folded form is stored with the patient ({@code search_name}) so that the database can
 * index it; the same folding is applied to what the user types.
 */
public final class SearchName {

  /** Longest folded name stored; folding can lengthen a name ("ß" becomes "ss"). */
  public static final int MAX_LENGTH = 600;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC`\u00B4]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchName() {}

  /** The folded form of a name or of a search text; empty when nothing searchable is left. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    // upper then lower case approximates Unicode case folding: "ᾳ" and "ΑΙ" both become "αι"
    String caseless = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String folded = Normalizer.normalize(caseless, Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("");
    folded = foldLettersWithoutDecomposition(folded);
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
  }

  /** The stored key of a patient: folded family name, then folded given name. */
  public static String of(String familyName, String givenName) {
    String key = (fold(familyName) + " " + fold(givenName)).strip();
    if (key.codePointCount(0, key.length()) <= MAX_LENGTH) {
      return key;
    }
    return key.substring(0, key.offsetByCodePoints(0, MAX_LENGTH)).strip();
  }

  /** Letters Unicode does not decompose into a base letter plus accent. */
  private static String foldLettersWithoutDecomposition(String text) {
    return text.replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("ð", "d")
        .replace("þ", "th")
        .replace("ı", "i");
  }
}
