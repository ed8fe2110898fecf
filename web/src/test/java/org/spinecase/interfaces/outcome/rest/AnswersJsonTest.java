package org.spinecase.interfaces.outcome.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.outcome.Answers;

class AnswersJsonTest {

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  @Test
  void readsItemNumbersToTheValuesTicked() {
    Map<Integer, Set<Integer>> answers = AnswersJson.read(json("{\"1\": [3], \"2\": [4, 5], \"10\": 0}"));
    assertEquals(Map.of(1, Set.of(3), 2, Set.of(4, 5), 10, Set.of(0)), answers);
  }

  @Test
  void anEmptyListOrNullClearsTheItem() {
    assertEquals(Map.of(3, Set.of(), 4, Set.of()), AnswersJson.read(json("{\"3\": [], \"4\": null}")));
    assertEquals(Map.of(), AnswersJson.read(null));
  }

  @Test
  void refusesKeysAndValuesOfTheWrongShapeNamingEach() {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AnswersJson.read(
        json("{\"x\": [1], \"0\": [1], \"2\": \"often\", \"3\": [1.5], \"4\": [\"1\"], \"5\": {\"a\": 1}, \"6\": [1]}")));
    assertEquals(
        List.of("answers.x", "answers.0", "answers.2", "answers.3", "answers.4", "answers.5"),
        refused.getViolations().stream().map(FieldViolation::field).toList());
  }

  @Test
  void writesItemsInOrderWithTheirValuesAscending() {
    Answers answers = Answers.none().with(10, 1).with(2, 5, 4).with(1, 3);
    assertEquals("{1=[3], 2=[4, 5], 10=[1]}", AnswersJson.write(answers).toString());
    assertEquals(List.of("1", "2", "10"), List.copyOf(AnswersJson.write(answers).keySet()));
  }
}
