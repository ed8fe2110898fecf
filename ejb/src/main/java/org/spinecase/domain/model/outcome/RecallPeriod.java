package org.spinecase.domain.model.outcome;

/**
 * The time a pain rating refers to. Ratings with different recall periods are not comparable, so
 * the period is stored with every response; the core outcome set for low back pain uses a 1-week
 * recall.
 */
public enum RecallPeriod {
  NOW("Now"),
  AVERAGE_24_HOURS("Average over the last 24 hours"),
  WORST_24_HOURS("Worst over the last 24 hours"),
  AVERAGE_1_WEEK("Average over the last week"),
  WORST_1_WEEK("Worst over the last week");

  private final String label;

  RecallPeriod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
