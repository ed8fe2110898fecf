package org.spinecase.interfaces.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Shows a date the clinic's way, "21 Nov 2026" (see {@link ClinicTime}). For display; typed
 * entry uses {@link IsoDateConverter}, which this delegates to if ever used on an input.
 */
@FacesConverter("sc.date")
public class ClinicDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    return new IsoDateConverter().getAsObject(context, component, value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return ClinicTime.date(value, locale(context));
  }

  static Locale locale(FacesContext context) {
    return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
  }
}
