package org.spinecase.domain.model.outcome;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * STarT Back: total 0-9 over all nine items. A total of 3 or less is low risk; above that the
 * distress subscale (items 5-9, 0-5) decides: 3 or less medium, 4 or more high. All nine items are
 * needed for a risk group; the distress subscale is given as soon as items 5-9 are answered.
 */
public final class StartBackScoring implements Scoring {

  public static final String LOW = "Low risk";
  public static final String MEDIUM = "Medium risk";
  public static final String HIGH = "High risk";

  @Override
  public Instrument instrument() {
    return Instruments.START_BACK;
  }

  @Override
  public Score score(Answers answers) {
    Instrument start = instrument();
    start.check(answers);
    Subscale distressItems = start.subscales().get(0);
    OptionalInt distress = SumScoring.sum(answers, distressItems.items());
    Map<String, Double> subscales =
        distress.isPresent()
            ? Map.of(distressItems.code(), (double) distress.getAsInt())
            : Map.of();
    OptionalInt total = SumScoring.sum(answers, Items.numbers(start));
    if (total.isEmpty()) {
      return Score.notScorable(
          start, "all 9 items are needed for a risk group", subscales, Set.of());
    }
    return new Score(
        start.code(),
        (double) total.getAsInt(),
        risk(total.getAsInt(), distress.getAsInt()),
        subscales,
        Set.of(),
        null,
        start.loincTotal());
  }

  static String risk(int total, int distress) {
    if (total <= 3) {
      return LOW;
    }
    return distress <= 3 ? MEDIUM : HIGH;
  }
}
