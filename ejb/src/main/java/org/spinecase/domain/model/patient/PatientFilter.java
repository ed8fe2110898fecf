package org.spinecase.domain.model.patient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the search box means: the text is either part of a name (case and accents ignored) or the
 * start of an MRN, and a date of birth must match exactly.
 *
 * @param nameFragment folded text to find anywhere in the stored search name, or {@code null}
 * @param mrnPrefix upper-case start of an MRN, or {@code null} when the text cannot be one
 * @param dateOfBirth exact date of birth, or {@code null}
 */
public record PatientFilter(String nameFragment, String mrnPrefix, LocalDate dateOfBirth) {

  private static final Pattern MRN_CHARACTERS = Pattern.compile("^[A-Za-z0-9-]{1,20}$");

  /** Reads what a clinician typed into the search box. */
  public static PatientFilter of(String text, LocalDate dateOfBirth) {
    String folded = SearchName.fold(text);
    String stripped = text == null ? "" : text.strip();
    String mrnPrefix =
        MRN_CHARACTERS.matcher(stripped).matches() ? stripped.toUpperCase(Locale.ROOT) : null;
    return new PatientFilter(folded.isEmpty() ? null : folded, mrnPrefix, dateOfBirth);
  }

  /** Whether any text was given, which then has to match the name or the MRN. */
  public boolean hasText() {
    return nameFragment != null || mrnPrefix != null;
  }
}
