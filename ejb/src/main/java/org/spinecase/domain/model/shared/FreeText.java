package org.spinecase.domain.model.shared;

/**
 * Tidies text typed by people: surrounding and repeated white space removed, blank means "not
 * recorded". Stored text is then comparable, and history does not show white-space edits.
 */
public final class FreeText {

  private FreeText() {}

  /** The tidied text, or {@code null} when nothing but white space was typed. */
  public static String tidy(String text) {
    if (text == null) {
      return null;
    }
    String tidied = text.strip().replaceAll("\\s+", " ");
    return tidied.isEmpty() ? null : tidied;
  }

  /**
   * For multi-line text such as an address: only the ends are stripped, so the lines the person
   * typed survive.
   */
  public static String tidyBlock(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip();
  }

  /** Refuses text longer than the record keeps, naming the field for the person who typed it. */
  public static String limited(String field, String label, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new ClinicalRuleViolation(
          field, label + " must be at most " + maxLength + " characters.");
    }
    return value;
  }
}
