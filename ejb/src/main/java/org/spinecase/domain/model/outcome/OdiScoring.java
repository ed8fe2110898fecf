package org.spinecase.domain.model.outcome;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ODI v2.1a: ten sections scored 0-5; percentage = sum / (5 x answered sections) x 100, so each
 * missing section takes 5 off the denominator. Where two boxes are ticked in a section the higher
 * counts ({@link Answers#value}). Fewer answered sections than the clinic's minimum (by default 8)
 * give no score.
 *
 * <p>The percentage is not rounded: the reference gives no rounding rule. The LOINC score code
 * 97909-6 is stored with it; note that LOINC's own description of that code bands a 0-50 raw scale,
 * while these bands are on the percentage.
 */
public final class OdiScoring implements Scoring {

  public static final int DEFAULT_MINIMUM_SECTIONS = 8;

  private final int minimumSections;

  public OdiScoring() {
    this(DEFAULT_MINIMUM_SECTIONS);
  }

  public OdiScoring(int minimumSections) {
    if (minimumSections < 1 || minimumSections > 10) {
      throw new IllegalArgumentException("Minimum ODI sections must be 1-10: " + minimumSections);
    }
    this.minimumSections = minimumSections;
  }

  @Override
  public Instrument instrument() {
    return Instruments.ODI;
  }

  @Override
  public Score score(Answers answers) {
    Instrument odi = instrument();
    odi.check(answers);
    int sum = 0;
    int answered = 0;
    for (int section = 1; section <= odi.itemCount(); section++) {
      OptionalInt value = answers.value(section);
      if (value.isPresent()) {
        sum += value.getAsInt();
        answered++;
      }
    }
    if (answered < minimumSections) {
      return Score.notScorable(
          odi, answered + " sections answered, " + minimumSections + " needed", Map.of(), Set.of());
    }
    return Score.of(odi, sum * 100.0 / (5 * answered), Map.of(), Set.of());
  }
}
