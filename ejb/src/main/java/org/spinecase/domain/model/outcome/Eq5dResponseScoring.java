package org.spinecase.domain.model.outcome;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EQ-5D-5L as a response is scored and stored: the 5-digit profile as the band (it is a label, not
 * a number to add up), the EQ VAS as the subscale {@code vas}, and the index as the total only when
 * the clinic configured a value set. Without one the index is absent and the reason says so, but
 * the response is complete once profile and VAS are known: that is all the instrument asks of the
 * patient.
 */
final class Eq5dResponseScoring implements Scoring {

  static final String VAS = "vas";
  static final String NO_VALUE_SET = "no EQ-5D-5L value set configured, so no index";

  private final Eq5dScoring eq5d = new Eq5dScoring();
  private final Optional<ValueSet> valueSet;

  Eq5dResponseScoring(Optional<ValueSet> valueSet) {
    this.valueSet = valueSet;
  }

  @Override
  public Instrument instrument() {
    return eq5d.instrument();
  }

  @Override
  public Score score(Answers answers) {
    Eq5dScore result = eq5d.score(answers, valueSet);
    Map<String, Double> subscales = new HashMap<>();
    result.vasValue().ifPresent(vas -> subscales.put(VAS, (double) vas));
    String profile = result.profileText().map(p -> "Profile " + p).orElse(null);
    String reason =
        result.profileText().isEmpty()
            ? "all 5 dimensions are needed for a profile"
            : result.index() == null ? NO_VALUE_SET : null;
    return new Score(
        instrument().code(), result.index(), profile, subscales, Set.of(), reason, null);
  }

  @Override
  public Optional<String> refusalToFinish(Answers answers, Score score) {
    if (score.band() == null) {
      return Optional.of(score.notScorableReason());
    }
    if (!score.subscales().containsKey(VAS)) {
      return Optional.of("the EQ VAS is unanswered");
    }
    return Optional.empty();
  }
}
