package org.spinecase.domain.model.outcome;

/**
 * The minimal clinically important improvement marked on the charts against the baseline, as
 * docs/clinical-reference.md lists it. For all three a lower score is better, so improvement is a
 * decrease. The ODI figure carries the reference's own "verify per source".
 */
public enum MinimalImportantChange {
  /** 2 points, or 30 % of the baseline, whichever the change reaches first. */
  NRS(2, 30, false),
  ODI(10, 0, true),
  COMI_BACK(2.2, 0, false);

  /** Scores such as 7.0 - 4.8 are not exact in binary; a change this close counts as reached. */
  private static final double TOLERANCE = 1e-9;

  private final double points;
  private final double percent;
  private final boolean verifyPerSource;

  MinimalImportantChange(double points, double percent, boolean verifyPerSource) {
    this.points = points;
    this.percent = percent;
    this.verifyPerSource = verifyPerSource;
  }

  public double points() {
    return points;
  }

  /** Whether the reference itself marks this threshold as unconfirmed. */
  public boolean verifyPerSource() {
    return verifyPerSource;
  }

  public boolean isImprovement(double baseline, double followUp) {
    double decrease = baseline - followUp + TOLERANCE;
    if (decrease >= points) {
      return true;
    }
    return percent > 0 && baseline > 0 && decrease * 100 >= percent * baseline;
  }
}
