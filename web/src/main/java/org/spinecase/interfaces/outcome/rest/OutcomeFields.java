package org.spinecase.interfaces.outcome.rest;

import java.util.function.Supplier;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;

/**
 * The service names refused fields as its records have them ("instrumentCode", "texts[0].item");
 * the API's client wrote "instrument" and the JSON shown in the API document. Renamed here so that
 * a 400 points at the JSON the client sent.
 */
final class OutcomeFields {

  private OutcomeFields() {}

  static <T> T named(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getViolations().stream().map(v -> new FieldViolation(jsonField(v.field()), v.message())).toList());
    }
  }

  static void named(Runnable call) {
    named(() -> {
      call.run();
      return null;
    });
  }

  static String jsonField(String field) {
    if (field == null) {
      return null;
    }
    if (field.startsWith("start.")) {
      return jsonField(field.substring("start.".length()));
    }
    if (field.startsWith("texts[")) {
      // the instrument text upload's body is the list itself
      return field.substring("texts".length()).replaceAll("\\.optionValue$", ".option");
    }
    return switch (field) {
      case "instrumentCode", "code" -> "instrument";
      case "instrumentCodes" -> "instruments";
      case "texts" -> null;
      default -> field;
    };
  }
}
