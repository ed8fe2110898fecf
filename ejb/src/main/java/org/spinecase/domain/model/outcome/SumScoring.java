package org.spinecase.domain.model.outcome;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Totals that are the plain sum of all items: NRS, PHQ-9, GAD-7 and PCS.
 *
 * <p>An unanswered item means no total: the reference gives no rule for prorating these
 * instruments, so none is applied; the partial answers stay stored and the response can be
 * completed later. A subscale is given as soon as all its own items are answered. Flags are worked
 * out from the answers even without a total, which is what lets PHQ-9 item 9 raise its alert on a
 * half-finished questionnaire.
 */
public final class SumScoring implements Scoring {

  private final Instrument instrument;
  private final BiFunction<Answers, OptionalInt, Set<Flag>> flags;

  SumScoring(Instrument instrument, BiFunction<Answers, OptionalInt, Set<Flag>> flags) {
    this.instrument = instrument;
    this.flags = flags;
  }

  public static SumScoring nrs(Instrument nrs) {
    return new SumScoring(nrs, (answers, total) -> Set.of());
  }

  /** Any non-zero answer to item 9 raises the safety alert, whatever the total. */
  public static SumScoring phq9() {
    return new SumScoring(
        Instruments.PHQ9,
        (answers, total) ->
            answers.value(9).orElse(0) > 0 ? EnumSet.of(Flag.SAFETY_ALERT) : Set.of());
  }

  public static SumScoring gad7() {
    return new SumScoring(
        Instruments.GAD7, (answers, total) -> atLeast(total, 10, Flag.ANXIETY_EVALUATION));
  }

  public static SumScoring pcs() {
    return new SumScoring(
        Instruments.PCS, (answers, total) -> atLeast(total, 30, Flag.CATASTROPHIZING));
  }

  @Override
  public Instrument instrument() {
    return instrument;
  }

  @Override
  public Score score(Answers answers) {
    instrument.check(answers);
    Map<String, Double> subscales = new HashMap<>();
    for (Subscale subscale : instrument.subscales()) {
      sum(answers, subscale.items()).ifPresent(s -> subscales.put(subscale.code(), (double) s));
    }
    OptionalInt total = sum(answers, Items.numbers(instrument));
    Set<Flag> raised = flags.apply(answers, total);
    if (total.isEmpty()) {
      return Score.notScorable(instrument, unanswered(answers), subscales, raised);
    }
    return Score.of(instrument, total.getAsInt(), subscales, raised);
  }

  private String unanswered(Answers answers) {
    long missing = Items.numbers(instrument).stream().filter(n -> !answers.isAnswered(n)).count();
    return missing + " of " + instrument.itemCount() + " items unanswered";
  }

  /** The sum over {@code items}, or empty when any of them is unanswered. */
  static OptionalInt sum(Answers answers, Set<Integer> items) {
    int sum = 0;
    for (int item : items) {
      OptionalInt value = answers.value(item);
      if (value.isEmpty()) {
        return OptionalInt.empty();
      }
      sum += value.getAsInt();
    }
    return OptionalInt.of(sum);
  }

  private static Set<Flag> atLeast(OptionalInt total, int threshold, Flag flag) {
    return total.isPresent() && total.getAsInt() >= threshold ? EnumSet.of(flag) : Set.of();
  }
}
