package org.spinecase.domain.model.shared;

/**
 * A clinical record refused a change because it would break one of its rules.
 *
 * <p>Carries the name of the input field concerned so that the application layer can show the
 * message next to that field. Forms check the same rules first for friendlier feedback; this is the
 * last line of defence that keeps the records consistent whatever the caller.
 */
public class ClinicalRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ClinicalRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field concerned, or {@code null} when the rule concerns the record as a whole. */
  public String getField() {
    return field;
  }
}
