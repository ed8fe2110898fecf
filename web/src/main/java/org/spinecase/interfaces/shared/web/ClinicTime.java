package org.spinecase.interfaces.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.spinecase.domain.model.shared.ClinicClock;
import java.util.Locale;

/**
 * The clinic's calendar and how it writes dates. Times are stored as UTC instants and shown in
 * the zone the server runs in (the clinic's), so "today" and every displayed time agree with
 * the wall clock on the ward. Dates read "21 Nov 2026": the month as a word leaves no doubt
 * between day-month and month-day orders.
 */
public final class ClinicTime {

  static final String DATE_PATTERN = "d MMM uuuu";
  static final String TIME_PATTERN = "HH:mm";
  static final String DATE_TIME_PATTERN = DATE_PATTERN + ", " + TIME_PATTERN;

  private ClinicTime() {}

  /** Read on each call so that a server started with -Duser.timezone is honoured everywhere. */
  public static ZoneId zone() {
    return ClinicClock.zone();
  }

  public static LocalDate today() {
    return ClinicClock.today();
  }

  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : DateTimeFormatter.ofPattern(DATE_PATTERN, locale).format(date);
  }

  /** "14:05" in the clinic's zone, for times within the day such as the end of a grant. */
  public static String time(Instant at, Locale locale) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(TIME_PATTERN, locale).withZone(zone()).format(at);
  }

  public static String dateTime(Instant at, Locale locale) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, locale).withZone(zone()).format(at);
  }
}
