package org.spinecase.domain.model.workup;

/**
 * How long the pain went away after the index operation, in the three bands of
 * docs/clinical-reference.md. In the FBSS literature no relief at all is commonly read as pointing to
 * the operation not addressing the pain generator (selection, diagnosis, wrong level); relief for
 * weeks to months to post-operative fibrosis, infection or instability; relief beyond 6-12 months
 * to new or progressive disease such as adjacent segment disease or recurrence. A pointer for the
 * workup, not a rule.
 */
public enum PainFreeInterval {
  NONE("None: the pain never went away"),
  WEEKS_TO_MONTHS("Weeks to months"),
  MORE_THAN_6_TO_12_MONTHS("More than 6-12 months");

  private final String label;

  PainFreeInterval(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
