package org.spinecase.domain.model.outcome;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * EQ-5D-5L: a profile from the five dimensions, the EQ VAS as answered, and an index only through a
 * supplied {@link ValueSet}. A profile needs all five dimensions; without one there is no index.
 */
public final class Eq5dScoring {

  private static final int VAS_ITEM = 6;

  public Instrument instrument() {
    return Instruments.EQ5D5L;
  }

  public Eq5dScore score(Answers answers, Optional<ValueSet> valueSet) {
    instrument().check(answers);
    StringBuilder profile = new StringBuilder();
    for (int dimension = 1; dimension <= 5; dimension++) {
      OptionalInt level = answers.value(dimension);
      if (level.isEmpty()) {
        profile = null;
        break;
      }
      profile.append(level.getAsInt());
    }
    OptionalInt vas = answers.value(VAS_ITEM);
    Integer vasValue = vas.isPresent() ? vas.getAsInt() : null;
    if (profile == null) {
      return new Eq5dScore(null, vasValue, null, null);
    }
    String text = profile.toString();
    return valueSet
        .map(set -> new Eq5dScore(text, vasValue, set.index(text), set.id()))
        .orElseGet(() -> new Eq5dScore(text, vasValue, null, null));
  }
}
