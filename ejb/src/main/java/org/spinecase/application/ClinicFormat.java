package org.spinecase.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * How the clinic writes dates, times and scores for people to read: the one formatter of the pages
 * (through the web converters and the {@code clinic} bean) and of the PDFs, so that the screen and
 * the paper say the same. Times are stored as UTC instants and written in the clinic's zone (the
 * zone the server runs in), so every time agrees with the wall clock on the ward. Dates read
 * "21 Nov 2026" in the reader's locale: the month as a word leaves no doubt between day-month and
 * month-day orders. Typed date entry is ISO (2026-11-21), which is another matter: a field, not a
 * text to read.
 */
public final class ClinicFormat {

  public static final String DATE_PATTERN = "d MMM uuuu";
  public static final String TIME_PATTERN = "HH:mm";
  public static final String DATE_TIME_PATTERN = DATE_PATTERN + ", " + TIME_PATTERN;

  /** The instrument whose score is a percentage of the maximum disability. */
  static final String ODI = "ODI";

  private ClinicFormat() {}

  /** The clinic's zone, from the one clock the rules read. */
  public static ZoneId zone() {
    return ClinicClock.zone();
  }

  public static LocalDate today() {
    return ClinicClock.today();
  }

  /** "21 Nov 2026", or empty for no date. */
  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : DateTimeFormatter.ofPattern(DATE_PATTERN, locale).format(date);
  }

  /** "14:05" in the clinic's zone, for times within the day such as the end of a grant. */
  public static String time(Instant at, Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(TIME_PATTERN, locale).withZone(zone()).format(at);
  }

  /** "21 Nov 2026, 14:05" in the clinic's zone. */
  public static String dateTime(Instant at, Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, locale).withZone(zone()).format(at);
  }

  /** A questionnaire's total: "12", "4.5", the ODI as "42 %"; a dash when it could not be scored. */
  public static String score(String instrumentCode, Double total) {
    if (total == null) {
      return "\u2014";
    }
    String number =
        total == Math.rint(total)
            ? String.valueOf(total.longValue())
            : String.format(Locale.ROOT, "%.1f", total);
    return ODI.equals(instrumentCode) ? number + " %" : number;
  }

  /** The opioid load: "45 mg MME/day". */
  public static String mmePerDay(BigDecimal mme) {
    return mme.stripTrailingZeros().toPlainString() + " mg MME/day";
  }
}
