package org.spinecase.interfaces.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.spinecase.application.ClinicFormat;

/**
 * The clinic's calendar and how it writes dates, for the web layer: the pages and the PDFs use the
 * one formatter, {@link ClinicFormat}, so "21 Nov 2026, 14:05" in the clinic's zone reads the same
 * on the screen and on paper.
 */
public final class ClinicTime {

  private ClinicTime() {}

  public static ZoneId zone() {
    return ClinicFormat.zone();
  }

  public static LocalDate today() {
    return ClinicFormat.today();
  }

  public static String date(LocalDate date, Locale locale) {
    return ClinicFormat.date(date, locale);
  }

  /** "14:05" in the clinic's zone, for times within the day such as the end of a grant. */
  public static String time(Instant at, Locale locale) {
    return ClinicFormat.time(at, locale);
  }

  public static String dateTime(Instant at, Locale locale) {
    return ClinicFormat.dateTime(at, locale);
  }
}
