package org.spinecase.infrastructure.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import org.spinecase.domain.model.workup.Dermatome;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.Gait;
import org.spinecase.domain.model.workup.Myotome;
import org.spinecase.domain.model.workup.NeuralTensionTest;
import org.spinecase.domain.model.workup.Performance;
import org.spinecase.domain.model.workup.Reflex;
import org.spinecase.domain.model.workup.Sensation;
import org.spinecase.domain.model.workup.SiProvocationTest;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.SideGrid;
import org.spinecase.domain.model.workup.SideSign;
import org.spinecase.domain.model.workup.TensionFinding;
import org.spinecase.domain.model.workup.TestCluster;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.domain.model.workup.WaddellSign;
import org.spinecase.domain.model.workup.WalkingTest;
import org.spinecase.domain.model.workup.WoundState;

/**
 * The examination grid: only the cells filled in are stored, each as {item, side, value}, so an
 * empty cell stays empty (and missing) after a round trip rather than becoming "normal". Reading
 * replays the cells through the examination's own "with" methods, which check them again.
 */
final class ExaminationJson {

  private ExaminationJson() {}

  static JsonObjectBuilder write(Examination exam) {
    JsonObjectBuilder json = Json.object();
    json.add("tension", cells(exam.tension(), NeuralTensionTest.class, ExaminationJson::tension));
    json.add("sensation", cells(exam.sensation(), Dermatome.class, v -> name(v)));
    json.add("power", cells(exam.power(), Myotome.class, v -> number(v.value())));
    json.add("reflexes", cells(exam.reflexes(), Reflex.class, v -> number(v.value())));
    json.add("signs", cells(exam.signs(), SideSign.class, v -> name(v)));
    json.add("walking", cells(exam.walking(), WalkingTest.class, v -> name(v)));
    Json.put(json, "gait", exam.gait());
    json.add("siProvocation", results(exam.siProvocation(), SiProvocationTest.class));
    json.add("waddellSigns", results(exam.waddellSigns(), WaddellSign.class));
    Json.put(json, "wound", exam.wound());
    return json;
  }

  static Examination read(JsonObject json) {
    Examination exam = Examination.blank();
    for (JsonObject cell : cells(json, "tension")) {
      JsonObject value = cell.getJsonObject("value");
      exam =
          exam.withTension(
              item(cell, NeuralTensionTest.class),
              side(cell),
              new TensionFinding(
                  Json.enumValue(value, "result", TestResult.class),
                  Json.integer(value, "angleDegrees")));
    }
    for (JsonObject cell : cells(json, "sensation")) {
      exam =
          exam.withSensation(
              item(cell, Dermatome.class),
              side(cell),
              Sensation.valueOf(cell.getString("value")));
    }
    for (JsonObject cell : cells(json, "power")) {
      exam = exam.withPower(item(cell, Myotome.class), side(cell), cell.getInt("value"));
    }
    for (JsonObject cell : cells(json, "reflexes")) {
      exam = exam.withReflex(item(cell, Reflex.class), side(cell), cell.getInt("value"));
    }
    for (JsonObject cell : cells(json, "signs")) {
      exam =
          exam.withSign(
              item(cell, SideSign.class), side(cell), TestResult.valueOf(cell.getString("value")));
    }
    for (JsonObject cell : cells(json, "walking")) {
      exam =
          exam.withWalking(
              item(cell, WalkingTest.class),
              side(cell),
              Performance.valueOf(cell.getString("value")));
    }
    Gait gait = Json.enumValue(json, "gait", Gait.class);
    if (gait != null) {
      exam = exam.withGait(gait);
    }
    exam = replay(json, "siProvocation", SiProvocationTest.class, exam, Examination::withSiTest);
    exam = replay(json, "waddellSigns", WaddellSign.class, exam, Examination::withWaddellSign);
    WoundState wound = Json.enumValue(json, "wound", WoundState.class);
    return wound == null ? exam : exam.withWound(wound);
  }

  private static <K extends Enum<K>, V> JsonArrayBuilder cells(
      SideGrid<K, V> grid, Class<K> rows, Function<V, Object> value) {
    JsonArrayBuilder array = Json.array();
    for (K item : rows.getEnumConstants()) {
      for (Side side : Side.LEGS) {
        grid.get(item, side)
            .ifPresent(
                v -> {
                  JsonObjectBuilder cell = Json.object().add("item", item.name());
                  cell.add("side", side.name());
                  Object written = value.apply(v);
                  if (written instanceof JsonObjectBuilder object) {
                    cell.add("value", object);
                  } else if (written instanceof Integer integer) {
                    cell.add("value", integer);
                  } else {
                    cell.add("value", (String) written);
                  }
                  array.add(cell);
                });
      }
    }
    return array;
  }

  private static <K extends Enum<K>> JsonObjectBuilder results(
      TestCluster<K> cluster, Class<K> tests) {
    JsonObjectBuilder json = Json.object();
    for (K test : tests.getEnumConstants()) {
      cluster.result(test).ifPresent(result -> json.add(test.name(), result.name()));
    }
    return json;
  }

  private static <K extends Enum<K>> Examination replay(
      JsonObject json,
      String name,
      Class<K> tests,
      Examination exam,
      TriFunction<Examination, K, TestResult> with) {
    Examination result = exam;
    if (Json.has(json, name)) {
      JsonObject answers = json.getJsonObject(name);
      for (String test : answers.keySet()) {
        result =
            with.apply(
                result, Enum.valueOf(tests, test), TestResult.valueOf(answers.getString(test)));
      }
    }
    return result;
  }

  /** The examination's "with" for one test of a cluster. */
  @FunctionalInterface
  private interface TriFunction<E, K, R> {
    E apply(E exam, K test, R result);
  }

  private static JsonObjectBuilder tension(TensionFinding finding) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "result", finding.result());
    Json.put(json, "angleDegrees", finding.angleDegrees());
    return json;
  }

  private static Object name(Enum<?> value) {
    return value.name();
  }

  private static Object number(int value) {
    return value;
  }

  private static Iterable<JsonObject> cells(JsonObject json, String name) {
    return Json.has(json, name)
        ? json.getJsonArray(name).getValuesAs(JsonObject.class)
        : java.util.List.of();
  }

  private static <K extends Enum<K>> K item(JsonObject cell, Class<K> rows) {
    return Enum.valueOf(rows, cell.getString("item"));
  }

  private static Side side(JsonObject cell) {
    return Side.valueOf(cell.getString("side"));
  }
}
