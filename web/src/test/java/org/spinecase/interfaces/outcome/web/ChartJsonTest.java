package org.spinecase.interfaces.outcome.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.outcome.MinimalImportantChange;

class ChartJsonTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static final ChartJson.Texts TEXTS = new ChartJson.Texts() {
    @Override
    public String nrsAxis() {
      return "Pain NRS (0–10)";
    }

    @Override
    public String odiAxis() {
      return "ODI (%)";
    }

    @Override
    public String dateAxis() {
      return "Date";
    }

    @Override
    public String threshold(String series, String baseline, String threshold) {
      return series + ": baseline " + baseline + " → " + threshold;
    }

    @Override
    public String event(String label, String date) {
      return label + " · " + date;
    }

    @Override
    public String date(LocalDate date) {
      return date.toString();
    }
  };

  @Test
  void theImportantImprovementIsBaselineMinusTheDomainsChange() {
    assertEquals(Optional.of(30.0), ChartJson.threshold(MinimalImportantChange.ODI, 40));
    assertEquals(Optional.of(5.0), ChartJson.threshold(MinimalImportantChange.NRS, 7));
    // 30 % of 5 (1.5 points) is reached before 2 points
    assertEquals(Optional.of(3.5), ChartJson.threshold(MinimalImportantChange.NRS, 5));
    assertEquals(Optional.empty(), ChartJson.threshold(MinimalImportantChange.ODI, 6));
  }

  @Test
  void axesAreFixedAndTheBaselineAndEventsAreMarked() {
    ChartJson chart = new ChartJson(TEXTS, DAY.plusMonths(4))
        .series(new ChartJson.Series("ODI", "ODI (%)", ChartJson.ODI_AXIS, "#5a1f8a", "rect",
            MinimalImportantChange.ODI,
            List.of(new ChartJson.Point(DAY, 40, true), new ChartJson.Point(DAY.plusMonths(3), 24, false))))
        .series(new ChartJson.Series("NRS-LEG", "Leg", ChartJson.NRS_AXIS, "#b8410f", "triangle",
            MinimalImportantChange.NRS, List.of()))
        .event(DAY.plusDays(20), "Treatment started");
    JsonObject json = chart.toJson();

    JsonObject scales = json.getJsonObject("options").getJsonObject("scales");
    assertEquals(0, scales.getJsonObject("nrs").getInt("min"));
    assertEquals(10, scales.getJsonObject("nrs").getInt("max"));
    assertEquals(0, scales.getJsonObject("odi").getInt("min"));
    assertEquals(100, scales.getJsonObject("odi").getInt("max"));
    assertEquals("time", scales.getJsonObject("x").getString("type"));

    var datasets = json.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class);
    // an empty series is left out; ODI, its threshold and the event remain
    assertEquals(List.of("ODI", "ODI:threshold", "event"), datasets.stream().map(d -> d.getString("scCode")).toList());
    JsonObject odi = datasets.get(0);
    assertEquals(8, odi.getJsonArray("pointRadius").getInt(0), "the baseline point is larger");
    assertEquals(4, odi.getJsonArray("pointRadius").getInt(1));
    assertEquals("2026-03-02", odi.getJsonArray("data").getJsonObject(0).getString("x"));
    assertEquals(30.0, datasets.get(1).getJsonNumber("scThreshold").doubleValue());
    assertTrue(datasets.get(1).getString("label").contains("baseline 40 → 30"), datasets.get(1).getString("label"));
    JsonObject event = datasets.get(2);
    assertEquals("Treatment started · 2026-03-22", event.getString("label"));
    assertEquals(0, event.getJsonArray("data").getJsonObject(0).getInt("y"));
    assertEquals(10, event.getJsonArray("data").getJsonObject(1).getInt("y"));
  }

  @Test
  void theTextIsSafeInsideAScriptElement() {
    String text = new ChartJson(TEXTS, DAY)
        .series(new ChartJson.Series("NRS-BACK", "</script><b>&", ChartJson.NRS_AXIS, "#000", "circle",
            MinimalImportantChange.NRS, List.of(new ChartJson.Point(DAY, 3, true))))
        .toString();
    assertFalse(text.contains("<"), text);
    assertFalse(text.contains(">"), text);
    assertFalse(text.contains("&"), text);
    assertTrue(text.contains("\\u003c/script\\u003e"), text);
  }
}
