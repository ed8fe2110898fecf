package org.spinecase.interfaces.outcome.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spinecase.application.FieldViolation;

/**
 * Codes from a fixed list (time point, recall period, entry mode) read from the request as text, so
 * that a code not in the list is refused naming its field and the codes allowed; the JSON binding's
 * own refusal names neither.
 */
final class Codes {

  private Codes() {}

  /** The code's constant, null when absent; an unknown code adds a violation and gives null. */
  static <E extends Enum<E>> E parse(Class<E> type, String code, String field, List<FieldViolation> violations) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    violations.add(new FieldViolation(field, "Not one of the listed codes: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    return null;
  }
}
