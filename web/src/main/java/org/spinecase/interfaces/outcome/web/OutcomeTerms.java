package org.spinecase.interfaces.outcome.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.Instruments;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * Outcome words and numbers for the views: instrument names by code, scores with their unit, the
 * languages offered for entry. Names come from the domain's catalogue, never typed into a page.
 */
@Named("outcomeTerms")
@ApplicationScoped
public class OutcomeTerms {

  static final String NRS_BACK = "NRS-BACK";
  static final String NRS_LEG = "NRS-LEG";
  static final String ODI = "ODI";
  static final String PHQ9 = "PHQ-9";

  /** Languages an instrument may be administered in (item text per language is supplied data). */
  static final List<String> LANGUAGES = List.of("en", "de", "fr", "it");

  private static final Map<String, Instrument> BY_CODE =
      Instruments.ALL.stream().collect(Collectors.toUnmodifiableMap(Instrument::code, Function.identity()));

  public static String nameOf(String code) {
    Instrument instrument = BY_CODE.get(code);
    return instrument == null ? code : instrument.name();
  }

  /** The instrument's name with its code where the code is what clinicians say ("ODI"). */
  public String name(String code) {
    return nameOf(code);
  }

  /** "Back pain intensity (NRS), Oswestry Disability Index" for a list of codes. */
  public String names(List<String> codes) {
    return codes == null ? "" : codes.stream().map(OutcomeTerms::nameOf).collect(Collectors.joining(", "));
  }

  /** Short names for tight places: the code itself, which clinicians use ("ODI", "PHQ-9"). */
  public String shortNames(List<String> codes) {
    return codes == null ? "" : String.join(", ", codes);
  }

  /** A total as clinicians read it: "40 %" for ODI, "7" or "7.5" otherwise; "—" when none. */
  public String score(String code, Double total) {
    return format(code, total);
  }

  static String format(String code, Double total) {
    return org.spinecase.application.ClinicFormat.score(code, total);
  }


  /** The range of the total, for the table's unit hint: "0-10", "0-100 %". */
  public String range(String code) {
    return switch (code) {
      case NRS_BACK, NRS_LEG -> "0–10";
      case ODI -> "0–100 %";
      case PHQ9 -> "0–27";
      case "GAD-7" -> "0–21";
      case "PCS" -> "0–52";
      case "STarT-Back" -> "0–9";
      case "EQ-5D-5L" -> "";
      case "COMI-back" -> "0–10";
      default -> "";
    };
  }

  public List<TimePoint> getTimePoints() {
    return Arrays.asList(TimePoint.values());
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** The language's own name in English ("German"), for the picker. */
  public String language(String code) {
    return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH) + " (" + code + ")";
  }

  public List<Instrument> getInstruments() {
    return Instruments.ALL;
  }
}
