package org.spinecase.domain.model.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock the clinic's rules read: "now" as an instant and "today" in the clinic's zone.
 * Schedules, overdue rules, grants and, later, trial diaries are rules about time, so their tests
 * set the clock instead of waiting for it; nothing else in the code calls {@code ClinicClock.now()} or
 * {@code ClinicClock.today()}.
 *
 * <p>Entities are created by JPA and by their own factories, not by the container, so the seam is
 * a holder rather than an injection point. The clinic's zone is the server's (started with
 * {@code -Duser.timezone} where the host's differs), read on each call unless a test fixed it.
 */
public final class ClinicClock {

  private static volatile Clock fixed;

  private ClinicClock() {}

  public static Instant now() {
    return clock().instant();
  }

  public static LocalDate today() {
    return LocalDate.now(clock());
  }

  public static ZoneId zone() {
    return clock().getZone();
  }

  public static Clock clock() {
    Clock set = fixed;
    return set != null ? set : Clock.system(ZoneId.systemDefault());
  }

  /** Sets the clock every rule reads until {@link #reset()}; for tests. */
  public static void set(Clock clock) {
    fixed = clock;
  }

  public static void reset() {
    fixed = null;
  }
}
