package org.spinecase.domain.model.workup;

import java.util.List;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The side of the body a finding, cause or injection concerns. Examination grids are kept per leg
 * ({@link #LEGS}); {@link #BILATERAL} is for causes and injections that concern both sides at once,
 * such as central stenosis.
 */
public enum Side {
  LEFT("Left"),
  RIGHT("Right"),
  BILATERAL("Bilateral");

  /** The two sides an examination grid has a column for. */
  public static final List<Side> LEGS = List.of(LEFT, RIGHT);

  private final String label;

  Side(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Refuses {@link #BILATERAL} where a finding is examined on each leg separately. */
  static Side requireLeg(String field, Side side) {
    if (side == null || side == BILATERAL) {
      throw new ClinicalRuleViolation(field, "Record this finding for the left or the right side.");
    }
    return side;
  }
}
