package org.spinecase.domain.model.workup;

/**
 * The set times after a block at which pain is asked again. Fixed so that blocks with agents of
 * different duration can be compared time for time.
 */
public enum ReadingTime {
  MIN_30("30 min", 30),
  HOUR_1("1 h", 60),
  HOUR_2("2 h", 120),
  HOUR_4("4 h", 240),
  HOUR_6("6 h", 360);

  private final String label;
  private final int minutes;

  ReadingTime(String label, int minutes) {
    this.label = label;
    this.minutes = minutes;
  }

  public String label() {
    return label;
  }

  public int minutes() {
    return minutes;
  }
}
