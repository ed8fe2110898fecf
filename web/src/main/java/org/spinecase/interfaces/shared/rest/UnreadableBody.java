package org.spinecase.interfaces.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that could not be read into the resource's type: not JSON, a value of the
 * wrong type, a date not written yyyy-MM-dd, a code not in the list. Answered as 400 with the
 * field when the JSON binding names it, and without the binding's own wording, which talks
 * about Java classes.
 */
final class UnreadableBody {

  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");
  private static final String MESSAGE =
      "The request body could not be read: it must be JSON as described in the API document, with"
          + " dates as yyyy-MM-dd and codes from the listed values.";
  private static final String FIELD_MESSAGE =
      "Not a valid value here (dates as yyyy-MM-dd, codes from the listed values).";

  private UnreadableBody() {}

  /** Whether the failure, or one of its causes, is the body not matching the expected JSON. */
  static boolean isCauseOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof DateTimeException
          || cause instanceof NoContentException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  static Response response(Throwable failure) {
    String field = fieldNamedIn(failure);
    RefusedValue refused = refusedValueIn(failure);
    String message = refused == null ? FIELD_MESSAGE : refused.getMessage();
    List<Violation> violations =
        field == null && refused == null ? List.of() : List.of(new Violation(field, message));
    return ErrorBody.response(400, MESSAGE, violations);
  }

  /** The strict binding's own refusal, whose sentence says what the field needs. */
  static RefusedValue refusedValueIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RefusedValue refused) {
        return refused;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /**
   * "surgeries.surgeryDate" from the nested "Unable to deserialize property '…'" messages. Each
   * wrapper repeats its causes' messages, so the longest path found in one message is the one.
   */
  static String fieldNamedIn(Throwable failure) {
    List<String> longest = List.of();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      List<String> path = propertiesIn(cause.getMessage());
      if (path.size() > longest.size()) {
        longest = path;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return longest.isEmpty() ? null : String.join(".", longest);
  }

  private static List<String> propertiesIn(String message) {
    List<String> path = new ArrayList<>();
    if (message != null) {
      Matcher property = PROPERTY.matcher(message);
      while (property.find()) {
        path.add(property.group(1));
      }
    }
    return path;
  }
}
