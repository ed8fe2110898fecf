package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.casefile.Episodes;
import org.spinecase.domain.model.shared.ClinicClock;

class MeasureSetTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 31);

  static Stream<Arguments> dueDays() {
    return Stream.of(
        Arguments.of(TimePoint.BASELINE, START, START.plusDays(14)),
        Arguments.of(TimePoint.MONTH_3, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 28)),
        Arguments.of(TimePoint.MONTH_6, LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 28)),
        Arguments.of(TimePoint.MONTH_12, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28)));
  }

  @ParameterizedTest
  @MethodSource("dueDays")
  void dueAndOverdueDaysFollowTheTimePoint(TimePoint point, LocalDate due, LocalDate overdue) {
    MeasureSet set = MeasureSet.due(Episodes.openCase(), point, List.of("ODI"), START);
    assertEquals(due, set.getDueOn());
    assertEquals(overdue, set.getOverdueOn());
    assertFalse(set.isOverdue(overdue.minusDays(1)));
    assertTrue(set.isOverdue(overdue));
  }

  @Test
  void completingEveryInstrumentClosesTheSetAndReopeningOpensIt() {
    MeasureSet set =
        MeasureSet.due(Episodes.openCase(), TimePoint.MONTH_3, List.of("NRS-BACK", "ODI"), START);
    assertTrue(set.complete("ODI"));
    assertFalse(set.complete("ODI"), "already done");
    assertFalse(set.complete("PCS"), "not in the set");
    assertTrue(set.complete("NRS-BACK"));

    assertEquals(MeasureSetStatus.DONE, set.getStatus());
    assertEquals(List.of(), set.getOutstanding());
    assertFalse(set.isOverdue(START.plusYears(2)), "a done set is never overdue");

    set.reopen("ODI");
    assertEquals(MeasureSetStatus.OPEN, set.getStatus());
    assertEquals(List.of("ODI"), set.getOutstanding());
  }

  @AfterEach
  void systemClockAgain() {
    ClinicClock.reset();
  }

  /** The worklists ask "overdue today?": today is the clinic's day, in the clinic's zone. */
  @Test
  void aSetTurnsOverdueOnTheClinicsDayNotTheServersUtcDay() {
    MeasureSet set = MeasureSet.due(Episodes.openCase(), TimePoint.BASELINE, List.of("ODI"), START);
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    // 11:30 UTC on the day before: already the overdue day in Auckland (UTC+13 in February)
    var instant = set.getOverdueOn().minusDays(1).atTime(11, 30).toInstant(java.time.ZoneOffset.UTC);
    ClinicClock.set(Clock.fixed(instant, auckland));
    assertEquals(set.getOverdueOn(), ClinicClock.today());
    assertTrue(set.isOverdue());

    ClinicClock.set(Clock.fixed(instant, ZoneId.of("UTC")));
    assertFalse(set.isOverdue());
  }
}
