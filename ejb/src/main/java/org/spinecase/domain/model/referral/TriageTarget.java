package org.spinecase.domain.model.referral;

import java.time.LocalDate;

/**
 * How many days a received referral may wait for triage before the coordinator chases it, from
 * {@value #SETTING} (default {@value #DEFAULT_DAYS}).
 *
 * <p>The due date is fixed when the referral starts waiting, so that a change of the target does
 * not move the dates already promised.
 */
public final class TriageTarget {

  public static final String SETTING = "SPINECASE_TRIAGE_TARGET_DAYS";
  public static final int DEFAULT_DAYS = 5;

  private TriageTarget() {}

  public static int days() {
    String configured = System.getProperty(SETTING, System.getenv(SETTING));
    if (configured == null || !configured.strip().matches("\\d{1,3}")) {
      return DEFAULT_DAYS;
    }
    return Integer.parseInt(configured.strip());
  }

  /** The day by which a referral waiting since {@code since} should have been triaged. */
  public static LocalDate dueOn(LocalDate since) {
    return since.plusDays(days());
  }
}
