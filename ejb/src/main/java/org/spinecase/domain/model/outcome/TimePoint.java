package org.spinecase.domain.model.outcome;

/**
 * When in the episode a questionnaire was answered. Scheduled points count from the day the case
 * opened (baseline) or from the day treatment started (follow-ups), so that follow-up scores are
 * comparable across patients whatever the length of their workup.
 */
public enum TimePoint {
  BASELINE("Baseline", 0),
  MONTH_3("3 months after treatment start", 3),
  MONTH_6("6 months after treatment start", 6),
  MONTH_12("12 months after treatment start", 12),
  UNSCHEDULED("Unscheduled", 0);

  private final String label;
  private final int months;

  TimePoint(String label, int months) {
    this.label = label;
    this.months = months;
  }

  public String label() {
    return label;
  }

  /** Months after the reference day (case opening or treatment start). */
  public int months() {
    return months;
  }

  /** Whether the clinic's schedule lists instruments for this point; unscheduled is ad hoc. */
  public boolean isScheduled() {
    return this != UNSCHEDULED;
  }

  /** Whether the point follows the start of treatment rather than the opening of the case. */
  public boolean isFollowUp() {
    return months > 0;
  }
}
