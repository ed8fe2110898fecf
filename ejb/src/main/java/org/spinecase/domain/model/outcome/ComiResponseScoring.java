package org.spinecase.domain.model.outcome;

import java.util.Optional;

/**
 * COMI-back as a response is finished: its domain scores are all it can give (the index rule is
 * missing, see {@link ComiScoring}), so a response with every item answered is complete, its
 * total absent with the reason stored.
 */
final class ComiResponseScoring implements Scoring {

  private final ComiScoring comi = new ComiScoring();

  @Override
  public Instrument instrument() {
    return comi.instrument();
  }

  @Override
  public Score score(Answers answers) {
    return comi.score(answers);
  }

  @Override
  public Optional<String> refusalToFinish(Answers answers, Score score) {
    long missing =
        Items.numbers(instrument()).stream().filter(n -> !answers.isAnswered(n)).count();
    return missing == 0
        ? Optional.empty()
        : Optional.of(missing + " of " + instrument().itemCount() + " items unanswered");
  }
}
