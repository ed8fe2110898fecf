package org.spinecase.interfaces.shared.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * How the API binds numbers and text, strictly: the JSON binding's own readers would take 5.9 as 5
 * and 4294967301 as 5 (the low 32 bits), turning a typing error into a clinical value. A whole
 * number must be whole and fit its field; a text may not hold a NUL character, which PostgreSQL
 * cannot store. Each refusal is a {@link RefusedValue} naming what was expected. The hand-written
 * readers that remain (the outcome answers) read their numbers with {@link #whole} too.
 */
public final class StrictValues {

  static final String NUL = "Text may not contain the NUL character (\\u0000).";

  private StrictValues() {}

  /** The whole number, or a refusal when it is not a number, has a fraction or lies outside min..max. */
  public static long whole(JsonValue value, long min, long max) {
    String expected = "A whole number from " + min + " to " + max + " is required here.";
    if (!(value instanceof JsonNumber number)) {
      throw new RefusedValue(expected);
    }
    try {
      long whole = number.bigDecimalValue().stripTrailingZeros().longValueExact();
      if (whole < min || whole > max) {
        throw new RefusedValue(expected);
      }
      return whole;
    } catch (ArithmeticException fractionalOrTooLarge) {
      throw new RefusedValue(expected);
    }
  }

  // The binding hands a user deserializer a parser that does not tell the current event, but
  // gives the current value, JSON null included.

  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return value == JsonValue.NULL ? null : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return value == JsonValue.NULL ? null : whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static final class Texts implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber number) {
        return number.toString();
      }
      if (!(value instanceof JsonString string)) {
        throw new RefusedValue("A text is required here.");
      }
      String text = string.getString();
      if (text.indexOf('\u0000') >= 0) {
        throw new RefusedValue(NUL);
      }
      return text;
    }
  }
}
