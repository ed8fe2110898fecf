package org.spinecase.interfaces.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text typed into a form passes here (the converter for String): a NUL character, which
 * PostgreSQL cannot store and which would fail the save with a server error, is refused with a
 * message next to the field. Everything else is left exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value != null && value.indexOf('\u0000') >= 0) {
      throw new ConverterException(
          ValidationMessages.error(
              context, "sc.text.nul", ValidationMessages.label(context, component)));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
