package org.spinecase.domain.model.outcome;

/**
 * Something in a response the care team must see. A safety alert must later be acknowledged by a
 * clinician with a note (outside this pure domain); the others mark a result for evaluation.
 */
public enum Flag {
  SAFETY_ALERT("Safety alert: non-zero answer to PHQ-9 item 9"),
  ANXIETY_EVALUATION("GAD-7 of 10 or more: warrants evaluation"),
  CATASTROPHIZING("PCS of 30 or more: clinically relevant");

  private final String label;

  Flag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
