package org.spinecase.interfaces.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Typed date entry. The placeholder asks for ISO (2026-11-21); the Swiss way (21.11.2026) is
 * accepted too because that is what people type from a referral letter. Strict resolving: a
 * 30 February is refused, never quietly turned into 28 February.
 */
@FacesConverter("sc.isoDate")
public class IsoDateConverter implements Converter<LocalDate> {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(
          ISO,
          DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  /** The example in error messages; a fixed date, so messages do not change from day to day. */
  private static final String EXAMPLE = "1968-03-21";

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException notThisFormat) {
        // try the next accepted format
      }
    }
    throw new ConverterException(
        ValidationMessages.error(
            context,
            "jakarta.faces.converter.DateTimeConverter.DATE",
            text,
            EXAMPLE,
            ValidationMessages.label(context, component)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : ISO.format(value);
  }
}
