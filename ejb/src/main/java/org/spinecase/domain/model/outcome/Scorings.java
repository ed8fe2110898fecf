package org.spinecase.domain.model.outcome;

import java.util.Optional;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The catalogue: the scoring rule for each instrument code the clinic records. Responses keep only
 * the code, so that a score is always worked out again from the answers by the rule here.
 */
public final class Scorings {

  private Scorings() {}

  /** The instrument with that code, if the clinic records it. */
  public static Optional<Instrument> instrument(String code) {
    return Instruments.ALL.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * The name a stored subscale code is shown with: the instrument's own subscale name, else the
   * names the response scorings give (EQ VAS, COMI-back domains).
   */
  public static String subscaleName(Instrument instrument, String code) {
    return instrument.subscales().stream()
        .filter(s -> s.code().equals(code))
        .map(Subscale::name)
        .findFirst()
        .orElseGet(() -> switch (code) {
          case Eq5dResponseScoring.VAS -> "EQ VAS";
          case ComiScoring.PAIN -> "Pain";
          default -> code.startsWith("item") ? "Item " + code.substring(4) : code;
        });
  }

  /** The scoring rule of the instrument; refused (field "instrument") for an unknown code. */
  public static Scoring of(String code) {
    Instrument instrument =
        instrument(code)
            .orElseThrow(
                () -> new ClinicalRuleViolation("instrument", "Choose an instrument the clinic records."));
    return switch (instrument.code()) {
      case "NRS-BACK" -> SumScoring.nrs(Instruments.NRS_BACK);
      case "NRS-LEG" -> SumScoring.nrs(Instruments.NRS_LEG);
      case "ODI" -> new OdiScoring();
      case "PHQ-9" -> SumScoring.phq9();
      case "GAD-7" -> SumScoring.gad7();
      case "PCS" -> SumScoring.pcs();
      case "STarT-Back" -> new StartBackScoring();
      // No value set ships (see ValueSet): the index needs the clinic's configured one.
      case "EQ-5D-5L" -> new Eq5dResponseScoring(ConfiguredValueSet.current());
      case "COMI-back" -> new ComiResponseScoring();
      default -> throw new IllegalStateException("No scoring for " + instrument.code());
    };
  }
}
