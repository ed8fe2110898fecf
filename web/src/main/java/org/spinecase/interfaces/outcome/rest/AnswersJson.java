package org.spinecase.interfaces.outcome.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.outcome.Answers;
import org.spinecase.interfaces.shared.rest.RefusedValue;
import org.spinecase.interfaces.shared.rest.StrictValues;

/**
 * Item answers between the API's JSON ({@code {"1": [3], "2": [4, 5]}}: item number to the values
 * ticked) and the service's map. Only the shape is checked here; whether the instrument has the item
 * and accepts the value is the domain's rule, checked on every save.
 */
final class AnswersJson {

  static final String FIELD = "answers";
  private static final String SHAPE =
      "Give the value(s) ticked as a list of whole numbers, e.g. [3]; an empty list clears the item.";

  private AnswersJson() {}

  /** Item number to values; an empty set clears the item. Refuses keys and values of the wrong shape. */
  static Map<Integer, Set<Integer>> read(JsonObject answers) {
    Map<Integer, Set<Integer>> read = new LinkedHashMap<>();
    if (answers == null) {
      return read;
    }
    List<FieldViolation> violations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : answers.entrySet()) {
      String field = FIELD + "." + entry.getKey();
      Integer item = itemNumber(entry.getKey());
      if (item == null) {
        violations.add(new FieldViolation(field, "Items are numbered 1, 2, 3 ... as on the form."));
        continue;
      }
      Set<Integer> values = values(entry.getValue());
      if (values == null) {
        violations.add(new FieldViolation(field, SHAPE));
        continue;
      }
      read.put(item, values);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return read;
  }

  private static Integer itemNumber(String key) {
    String number = key.strip();
    if (!number.matches("\\d{1,4}")) {
      return null;
    }
    int item = Integer.parseInt(number);
    return item < 1 ? null : item;
  }

  /** The values of one item, or null when the JSON is not a list of whole numbers (or one number). */
  private static Set<Integer> values(JsonValue value) {
    Set<Integer> values = new LinkedHashSet<>();
    switch (value.getValueType()) {
      case NULL -> {
        return values;
      }
      case NUMBER -> {
        Integer one = whole(value);
        if (one == null) {
          return null;
        }
        values.add(one);
        return values;
      }
      case ARRAY -> {
        for (JsonValue element : (JsonArray) value) {
          Integer tick = whole(element);
          if (tick == null) {
            return null;
          }
          values.add(tick);
        }
        return values;
      }
      default -> {
        return null;
      }
    }
  }

  /** The API's one strict reading of a whole number; null when it is not one or does not fit. */
  private static Integer whole(JsonValue value) {
    try {
      return (int) StrictValues.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } catch (RefusedValue notWhole) {
      return null;
    }
  }

  /** The answers as the API writes them, items in order, values ascending. */
  static Map<String, List<Integer>> write(Answers answers) {
    Map<String, List<Integer>> written = new LinkedHashMap<>();
    if (answers == null) {
      return written;
    }
    new TreeMap<Integer, Set<Integer>>(toMap(answers))
        .forEach((item, ticks) -> written.put(String.valueOf(item), ticks.stream().sorted().toList()));
    return written;
  }

  private static Map<Integer, Set<Integer>> toMap(Answers answers) {
    Map<Integer, Set<Integer>> map = new TreeMap<>();
    for (int item : answers.answered()) {
      map.put(item, answers.ticks(item));
    }
    return map;
  }
}
