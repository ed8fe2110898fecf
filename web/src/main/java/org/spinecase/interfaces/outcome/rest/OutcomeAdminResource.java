package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InstrumentTextService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.MeasureScheduleService;
import org.spinecase.application.SuppliedText;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.interfaces.outcome.rest.dto.InstrumentTextResultDto;
import org.spinecase.interfaces.outcome.rest.dto.MeasureScheduleEntryDto;
import org.spinecase.interfaces.outcome.rest.dto.SuppliedTextDto;
import org.spinecase.interfaces.shared.rest.Codes;

/**
 * Reference data of the outcome measures, kept by the clinic's admin: which instruments are due at
 * each time point, and the item text of licensed instruments the clinic holds a licence for.
 */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome reference data", description = "Measure schedule and licensed item text (admin)")
public class OutcomeAdminResource {

  @Inject private MeasureScheduleService schedule;
  @Inject private InstrumentTextService texts;

  @GET
  @Path("measure-schedule")
  @Operation(summary = "The instruments due at each time point (baseline, 3, 6 and 12 months)")
  public List<MeasureScheduleEntryDto> schedule() {
    return entries(schedule.schedule());
  }

  @PUT
  @Path("measure-schedule")
  @Operation(
      summary = "Replace the instruments of the time points given: [{\"timePoint\": \"MONTH_3\","
          + " \"instruments\": [\"NRS-BACK\", \"ODI\"]}]",
      description =
          "Time points not in the list keep their instruments. Sets already due keep the instruments"
              + " they were created with. Admin only.")
  public List<MeasureScheduleEntryDto> replaceSchedule(List<MeasureScheduleEntryDto> body) {
    Map<TimePoint, List<String>> replacements = checked(body);
    replacements.forEach((point, codes) -> OutcomeFields.named(() -> schedule.replace(point, codes)));
    return entries(schedule.schedule());
  }

  @PUT
  @Path("instrument-text/{code}/{language}")
  @Operation(
      summary = "Supply the licensed text of an instrument in a language: [{\"item\": 1, \"text\": \"...\"},"
          + " {\"item\": 1, \"option\": 0, \"text\": \"...\"}]",
      description =
          "Replaces the instrument's text in that language. Refused (400) for an unknown instrument,"
              + " item or option, and for free instruments, which ship their published text. Admin only.")
  public InstrumentTextResultDto supplyText(
      @PathParam("code") String code, @PathParam("language") String language, List<SuppliedTextDto> body) {
    if (body == null) {
      throw new InvalidInputException(null, "Send the texts as a JSON list of {item, option, text}.");
    }
    List<FieldViolation> violations = new ArrayList<>();
    List<SuppliedText> supplied = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      SuppliedTextDto text = body.get(i);
      if (text == null || text.item() == null) {
        violations.add(new FieldViolation("[" + i + "].item", "Name the item (1, 2 ...; 0 for the instructions)."));
        continue;
      }
      supplied.add(new SuppliedText(text.item(), text.option(), text.text()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    int stored = OutcomeFields.named(() -> texts.supply(code, language, supplied));
    return new InstrumentTextResultDto(code, language, stored);
  }

  /** The whole request is checked before the first time point is replaced. */
  private static Map<TimePoint, List<String>> checked(List<MeasureScheduleEntryDto> body) {
    if (body == null || body.isEmpty()) {
      throw new InvalidInputException(null, "Send a list of {timePoint, instruments}.");
    }
    Map<TimePoint, List<String>> replacements = new EnumMap<>(TimePoint.class);
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      MeasureScheduleEntryDto entry = body.get(i);
      String at = "[" + i + "]";
      if (entry == null || entry.timePoint() == null) {
        violations.add(new FieldViolation(at + ".timePoint", "Name the time point, e.g. MONTH_3."));
        continue;
      }
      TimePoint point = Codes.parse(TimePoint.class, entry.timePoint(), at + ".timePoint", violations);
      if (point == null) {
        continue;
      }
      if (!point.isScheduled()) {
        violations.add(new FieldViolation(at + ".timePoint", "Unscheduled responses have no schedule."));
        continue;
      }
      if (replacements.containsKey(point)) {
        violations.add(new FieldViolation(at + ".timePoint", "This time point is listed twice."));
        continue;
      }
      List<String> given = entry.instruments() == null ? List.of() : entry.instruments();
      List<String> codes = new ArrayList<>();
      for (int j = 0; j < given.size(); j++) {
        String field = at + ".instruments[" + j + "]";
        Optional<Instrument> instrument = Scorings.instrument(given.get(j) == null ? "" : given.get(j).strip());
        if (instrument.isEmpty()) {
          violations.add(new FieldViolation(field, "No instrument has the code " + given.get(j) + "."));
        } else if (codes.contains(instrument.get().code())) {
          violations.add(new FieldViolation(field, instrument.get().code() + " is listed twice."));
        } else {
          codes.add(instrument.get().code());
        }
      }
      replacements.put(point, codes);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return replacements;
  }

  private static List<MeasureScheduleEntryDto> entries(Map<TimePoint, List<String>> schedule) {
    List<MeasureScheduleEntryDto> entries = new ArrayList<>();
    for (TimePoint point : TimePoint.values()) {
      if (point.isScheduled()) {
        entries.add(new MeasureScheduleEntryDto(point.name(), point.label(), List.copyOf(schedule.getOrDefault(point, List.of()))));
      }
    }
    return entries;
  }
}
