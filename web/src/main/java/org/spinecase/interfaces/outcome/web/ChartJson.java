package org.spinecase.interfaces.outcome.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spinecase.domain.model.outcome.MinimalImportantChange;

/**
 * The Chart.js configuration of a patient's outcome chart, built on the server as JSON: back and
 * leg pain (NRS, left axis fixed 0-10) and ODI (right axis fixed 0-100) over time; each series'
 * baseline drawn as a larger point and the line a clinically important improvement must reach
 * (baseline minus the minimal important change, as the domain defines it) dashed; treatment events
 * as labelled vertical lines. The x axis is a time axis (the moment adapter PrimeFaces bundles);
 * the vertical lines are datasets, so the chart reads without any plugin, and
 * {@code outcome-chart.js} only writes their labels at the top.
 *
 * <p>The text is JSON with {@code <}, {@code >} and {@code &} escaped, so that it is safe inside
 * the script element PrimeFaces writes it into.
 */
public final class ChartJson {

  /** One point of a series. */
  public record Point(LocalDate on, double value, boolean baseline) {}

  /** A line of the chart: its label, axis, colour, point style and the important change. */
  public record Series(
      String code, String label, String axis, String colour, String pointStyle,
      MinimalImportantChange change, List<Point> points) {}

  /** A vertical line. */
  public record Event(LocalDate on, String label) {}

  static final String NRS_AXIS = "nrs";
  static final String ODI_AXIS = "odi";
  static final String EVENT_COLOUR = "#1d2733";

  private final List<Series> series = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final Texts texts;
  private final LocalDate today;

  /** The words of the chart, from the page's bundle. */
  public interface Texts {
    String nrsAxis();

    String odiAxis();

    String dateAxis();

    /** "{0}: important improvement (baseline {1} → {2} or lower)". */
    String threshold(String series, String baseline, String threshold);

    /** "{0} · {1}" for an event's label and date. */
    String event(String label, String date);

    String date(LocalDate date);
  }

  public ChartJson(Texts texts, LocalDate today) {
    this.texts = texts;
    this.today = today;
  }

  public ChartJson series(Series line) {
    if (!line.points().isEmpty()) {
      series.add(line);
    }
    return this;
  }

  public ChartJson event(LocalDate on, String label) {
    events.add(new Event(on, label));
    return this;
  }

  public boolean isEmpty() {
    return series.isEmpty();
  }

  /**
   * The value a follow-up must reach (or go below) to count as a clinically important
   * improvement from {@code baseline}: the highest value, to 0.1, that the domain counts as one.
   */
  static Optional<Double> threshold(MinimalImportantChange change, double baseline) {
    for (int step = 0; step <= Math.round(baseline * 10); step++) {
      double value = Math.round((baseline - step / 10.0) * 10) / 10.0;
      if (change.isImprovement(baseline, value)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  public JsonObject toJson() {
    LocalDate first = firstDay();
    LocalDate last = lastDay();
    long span = Math.max(ChronoUnit.DAYS.between(first, last), 1);
    long pad = Math.max(3, span / 12);
    LocalDate min = first.minusDays(pad);
    LocalDate max = last.plusDays(pad);

    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series line : series) {
      datasets.add(dataset(line));
    }
    for (Series line : series) {
      baselineOf(line).flatMap(b -> threshold(line.change(), b.value()).map(t -> thresholdDataset(line, b, t, min, max)))
          .ifPresent(datasets::add);
    }
    for (Event event : events) {
      datasets.add(eventDataset(event));
    }

    JsonObjectBuilder scales = Json.createObjectBuilder()
        .add("x", Json.createObjectBuilder()
            .add("type", "time")
            .add("min", min.toString())
            .add("max", max.toString())
            .add("time", Json.createObjectBuilder()
                .add("tooltipFormat", "D MMM YYYY")
                .add("minUnit", "day")
                .add("displayFormats", Json.createObjectBuilder()
                    .add("day", "D MMM YYYY")
                    .add("week", "D MMM YYYY")
                    .add("month", "MMM YYYY")
                    .add("quarter", "MMM YYYY")
                    .add("year", "YYYY")))
            .add("ticks", Json.createObjectBuilder().add("maxRotation", 0).add("autoSkip", true))
            .add("title", title(texts.dateAxis())))
        .add(NRS_AXIS, Json.createObjectBuilder()
            .add("type", "linear")
            .add("position", "left")
            .add("min", 0)
            .add("max", 10)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 1))
            .add("title", title(texts.nrsAxis())))
        .add(ODI_AXIS, Json.createObjectBuilder()
            .add("type", "linear")
            .add("position", "right")
            .add("min", 0)
            .add("max", 100)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 10))
            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
            .add("title", title(texts.odiAxis())));

    JsonObjectBuilder options = Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("interaction", Json.createObjectBuilder().add("mode", "nearest").add("intersect", false))
        .add("scales", scales)
        .add("plugins", Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder()
                .add("position", "bottom")
                .add("labels", Json.createObjectBuilder().add("usePointStyle", true).add("boxHeight", 8)))
            .add("scEvents", eventLabels()));

    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", options)
        .build();
  }

  /** The JSON text, safe inside a script element. */
  @Override
  public String toString() {
    return toJson().toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private JsonObject dataset(Series line) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder radius = Json.createArrayBuilder();
    for (Point point : sorted(line)) {
      data.add(Json.createObjectBuilder().add("x", point.on().toString()).add("y", point.value()));
      radius.add(point.baseline() ? 8 : 4);
    }
    return Json.createObjectBuilder()
        .add("label", line.label())
        .add("scCode", line.code())
        .add("yAxisID", line.axis())
        .add("data", data)
        .add("borderColor", line.colour())
        .add("backgroundColor", line.colour())
        .add("pointStyle", line.pointStyle())
        .add("pointRadius", radius)
        .add("pointHoverRadius", 9)
        .add("borderWidth", 2.5)
        .add("tension", 0)
        .build();
  }

  private JsonObject thresholdDataset(Series line, Point baseline, double threshold, LocalDate min, LocalDate max) {
    return Json.createObjectBuilder()
        .add("label", texts.threshold(line.label(), number(baseline.value()), number(threshold)))
        .add("scCode", line.code() + ":threshold")
        .add("scThreshold", threshold)
        .add("yAxisID", line.axis())
        .add("data", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("x", min.toString()).add("y", threshold))
            .add(Json.createObjectBuilder().add("x", max.toString()).add("y", threshold)))
        .add("borderColor", line.colour())
        .add("backgroundColor", "rgba(0,0,0,0)")
        .add("borderDash", Json.createArrayBuilder().add(6).add(5))
        .add("borderWidth", 1.5)
        .add("pointRadius", 0)
        .add("pointHoverRadius", 0)
        .add("pointStyle", "line")
        .build();
  }

  private JsonObject eventDataset(Event event) {
    return Json.createObjectBuilder()
        .add("label", texts.event(event.label(), texts.date(event.on())))
        .add("scCode", "event")
        .add("yAxisID", NRS_AXIS)
        .add("data", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("x", event.on().toString()).add("y", 0))
            .add(Json.createObjectBuilder().add("x", event.on().toString()).add("y", 10)))
        .add("borderColor", EVENT_COLOUR)
        .add("backgroundColor", EVENT_COLOUR)
        .add("borderWidth", 2)
        .add("pointRadius", 0)
        .add("pointHoverRadius", 0)
        .add("pointStyle", "line")
        .build();
  }

  private JsonArrayBuilder eventLabels() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (Event event : events) {
      labels.add(Json.createObjectBuilder().add("x", event.on().toString()).add("label", event.label()));
    }
    return labels;
  }

  private static JsonObject title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text).build();
  }

  private static List<Point> sorted(Series line) {
    return line.points().stream().sorted(Comparator.comparing(Point::on)).toList();
  }

  /** The series' baseline: the point marked so, else its first. */
  static Optional<Point> baselineOf(Series line) {
    return line.points().stream()
        .filter(Point::baseline)
        .findFirst()
        .or(() -> line.points().stream().min(Comparator.comparing(Point::on)));
  }

  private LocalDate firstDay() {
    return allDays().min(Comparator.naturalOrder()).orElse(today);
  }

  private LocalDate lastDay() {
    LocalDate last = allDays().max(Comparator.naturalOrder()).orElse(today);
    return last.isBefore(today) ? today : last;
  }

  private java.util.stream.Stream<LocalDate> allDays() {
    return java.util.stream.Stream.concat(
        series.stream().flatMap(s -> s.points().stream()).map(Point::on),
        events.stream().map(Event::on));
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  static String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }
}
