package org.spinecase.interfaces.shared.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spinecase.application.FieldViolation;

/**
 * Codes from a fixed list (time points, causes, findings, block types ...) read from the request as
 * text, so that a code not in the list is refused naming its field and the codes allowed; the JSON
 * binding's own refusal names neither. "red-flags" reads as RED_FLAGS, "PHQ-9" as PHQ_9, " NOW " as
 * NOW. The one reader of codes for every resource.
 */
public final class Codes {

  private Codes() {}

  /** The code's constant, null when absent; an unknown code adds a violation and gives null. */
  public static <E extends Enum<E>> E parse(Class<E> type, String code, String field, List<FieldViolation> violations) {
    if (code == null || code.isBlank()) {
      return null;
    }
    E constant = find(type, code);
    if (constant == null) {
      violations.add(new FieldViolation(field, "Not one of the listed codes: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }
    return constant;
  }

  /** The constant named by the code, or null. */
  public static <E extends Enum<E>> E find(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }
}
