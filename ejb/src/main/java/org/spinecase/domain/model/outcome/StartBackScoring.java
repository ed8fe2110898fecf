package org.spinecase.domain.model.outcome;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * STarT Back: total 0-9 over all nine items. A total of 3 or less is low risk; above that the
 * distress subscale (items 5-9, 0-5) decides: 3 or less medium, 4 or more high. All nine items are
 * needed for a risk group; the distress subscale is given as soon as items 5-9 are answered.
 *
 * <p>Items 1-8 are stored as their point. Item 9 is stored as the answer given, one of five
 * (0 Not at all, 1 Slightly, 2 Moderately, 3 Very much, 4 Extremely), and only "Very much" and
 * "Extremely" score a point, as the published scoring says.
 */
public final class StartBackScoring implements Scoring {

  public static final String LOW = "Low risk";
  public static final String MEDIUM = "Medium risk";
  public static final String HIGH = "High risk";

  /** "Overall, how bothersome has your back pain been in the last 2 weeks?" */
  static final int BOTHERSOME_ITEM = 9;
  /** The first of item 9's answers that scores a point: "Very much". */
  static final int BOTHERSOME_FROM = 3;

  @Override
  public Instrument instrument() {
    return Instruments.START_BACK;
  }

  @Override
  public Score score(Answers answers) {
    Instrument start = instrument();
    start.check(answers);
    Answers points = points(answers);
    Subscale distressItems = start.subscales().get(0);
    OptionalInt distress = SumScoring.sum(points, distressItems.items());
    Map<String, Double> subscales =
        distress.isPresent()
            ? Map.of(distressItems.code(), (double) distress.getAsInt())
            : Map.of();
    OptionalInt total = SumScoring.sum(points, Items.numbers(start));
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

  /** The point of each answered item: item 9's answer turned into 0 or 1, the others as given. */
  static Answers points(Answers answers) {
    OptionalInt bothersome = answers.value(BOTHERSOME_ITEM);
    if (bothersome.isEmpty()) {
      return answers;
    }
    return answers.with(BOTHERSOME_ITEM, point(bothersome.getAsInt()));
  }

  /** Item 9's point: 1 for "Very much" and "Extremely", 0 for the first three answers. */
  static int point(int bothersomeAnswer) {
    return bothersomeAnswer >= BOTHERSOME_FROM ? 1 : 0;
  }

  static String risk(int total, int distress) {
    if (total <= 3) {
      return LOW;
    }
    return distress <= 3 ? MEDIUM : HIGH;
  }
}
