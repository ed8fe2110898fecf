package org.spinecase.interfaces.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/**
 * Shows a stored UTC instant in the clinic's time zone, e.g. "21 Nov 2026, 14:05", so that the
 * history reads in ward time whatever zone the database or the browser is in. Display only.
 */
@FacesConverter("sc.dateTime")
public class ClinicDateTimeConverter implements Converter<Instant> {

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("Times are shown, never typed, through this converter.");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return ClinicTime.dateTime(value, ClinicDateConverter.locale(context));
  }
}
