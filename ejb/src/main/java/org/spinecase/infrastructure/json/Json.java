package org.spinecase.infrastructure.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Small helpers shared by the codecs: optional values are left out when null and read back as
 * null, enums are written by name, decimals as JSON numbers with their scale.
 */
final class Json {

  private Json() {}

  static JsonObjectBuilder object() {
    return jakarta.json.Json.createObjectBuilder();
  }

  static JsonArrayBuilder array() {
    return jakarta.json.Json.createArrayBuilder();
  }

  static JsonObject parse(String text) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static void put(JsonObjectBuilder json, String name, Enum<?> value) {
    if (value != null) {
      json.add(name, value.name());
    }
  }

  static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  static void put(JsonObjectBuilder json, String name, Integer value) {
    if (value != null) {
      json.add(name, value.intValue());
    }
  }

  static void put(JsonObjectBuilder json, String name, Double value) {
    if (value != null) {
      json.add(name, value.doubleValue());
    }
  }

  static void put(JsonObjectBuilder json, String name, BigDecimal value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  static void put(JsonObjectBuilder json, String name, LocalDate value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }

  static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
    JsonArrayBuilder array = array();
    values.stream().map(Enum::name).sorted().forEach(array::add);
    return array;
  }

  static <T> JsonArrayBuilder list(Collection<T> values, Function<T, JsonObjectBuilder> write) {
    JsonArrayBuilder array = array();
    values.forEach(value -> array.add(write.apply(value)));
    return array;
  }

  static boolean has(JsonObject json, String name) {
    return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
  }

  static String string(JsonObject json, String name) {
    return has(json, name) ? json.getString(name) : null;
  }

  static <E extends Enum<E>> E enumValue(JsonObject json, String name, Class<E> type) {
    return has(json, name) ? Enum.valueOf(type, json.getString(name)) : null;
  }

  static Integer integer(JsonObject json, String name) {
    return has(json, name) ? json.getInt(name) : null;
  }

  static Double decimal(JsonObject json, String name) {
    return has(json, name) ? json.getJsonNumber(name).doubleValue() : null;
  }

  static BigDecimal bigDecimal(JsonObject json, String name) {
    return has(json, name) ? json.getJsonNumber(name).bigDecimalValue() : null;
  }

  static LocalDate date(JsonObject json, String name) {
    return has(json, name) ? LocalDate.parse(json.getString(name)) : null;
  }

  static boolean flag(JsonObject json, String name) {
    return has(json, name) && json.getBoolean(name);
  }

  static <E extends Enum<E>> Set<E> enumSet(JsonObject json, String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    if (has(json, name)) {
      for (JsonString value : json.getJsonArray(name).getValuesAs(JsonString.class)) {
        values.add(Enum.valueOf(type, value.getString()));
      }
    }
    return values;
  }

  static List<String> strings(JsonObject json, String name) {
    List<String> values = new ArrayList<>();
    if (has(json, name)) {
      json.getJsonArray(name).getValuesAs(JsonString.class).forEach(v -> values.add(v.getString()));
    }
    return values;
  }

  /** The objects of an array, each read; null when the array is absent (not the same as empty). */
  static <T> List<T> objects(JsonObject json, String name, Function<JsonObject, T> read) {
    if (!has(json, name)) {
      return null;
    }
    JsonArray array = json.getJsonArray(name);
    List<T> values = new ArrayList<>();
    array.getValuesAs(JsonObject.class).forEach(v -> values.add(read.apply(v)));
    return values;
  }

  static long number(JsonValue value) {
    return ((JsonNumber) value).longValue();
  }
}
