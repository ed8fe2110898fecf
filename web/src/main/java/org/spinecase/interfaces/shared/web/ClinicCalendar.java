package org.spinecase.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The clinic's "today" and date formats for views, where a converter cannot be attached (message
 * parameters, titles). Ages and defaults come from the clinic's day, not the browser's.
 */
@Named("clinic")
@ApplicationScoped
public class ClinicCalendar {

  public LocalDate getToday() {
    return ClinicTime.today();
  }

  public String date(LocalDate date) {
    return ClinicTime.date(date, locale());
  }

  public String time(Instant at) {
    return ClinicTime.time(at, locale());
  }

  public String dateTime(Instant at) {
    return ClinicTime.dateTime(at, locale());
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
