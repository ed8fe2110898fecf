package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way the clinic writes dates and scores for people to read, on the page and on paper. */
class ClinicFormatTest {

  @Test
  void datesReadWithTheMonthAsAWordInTheReadersLocale() {
    LocalDate day = LocalDate.of(2026, 11, 21);
    assertEquals("21 Nov 2026", ClinicFormat.date(day, Locale.ENGLISH));
    assertEquals("21 nov. 2026", ClinicFormat.date(day, Locale.FRENCH));
    assertEquals("", ClinicFormat.date(null, Locale.ENGLISH));
  }

  @Test
  void timesAreWrittenInTheClinicsZoneNotUtc() {
    ZonedDateTime onTheWard = ZonedDateTime.of(2026, 11, 21, 14, 5, 0, 123_456_000, ClinicFormat.zone());
    assertEquals("21 Nov 2026, 14:05", ClinicFormat.dateTime(onTheWard.toInstant(), Locale.ENGLISH));
    assertEquals("14:05", ClinicFormat.time(onTheWard.toInstant(), Locale.ENGLISH));
    assertEquals(ZoneId.systemDefault(), ClinicFormat.zone());
  }

  @Test
  void theOdiIsAPercentageAndOtherScoresAreNumbers() {
    assertEquals("42 %", ClinicFormat.score("ODI", 42.0));
    assertEquals("12", ClinicFormat.score("PHQ-9", 12.0));
    assertEquals("4.5", ClinicFormat.score("NRS-BACK", 4.5));
    assertEquals("\u2014", ClinicFormat.score("ODI", null));
    assertEquals("45 mg MME/day", ClinicFormat.mmePerDay(new BigDecimal("45.00")));
  }
}
