package org.spinecase.domain.model.outcome;

import java.util.Optional;

/**
 * How one instrument turns answers into a {@link Score}. Implementations check the answers against
 * the instrument first, so a score can never rest on an answer the instrument does not allow.
 */
public interface Scoring {

  Instrument instrument();

  Score score(Answers answers);

  /**
   * Why a response with these answers cannot be finished yet, if it cannot. By default a response
   * is finished only with a total; instruments whose result is not a single total say otherwise.
   */
  default Optional<String> refusalToFinish(Answers answers, Score score) {
    return score.isScorable() ? Optional.empty() : Optional.of(score.notScorableReason());
  }
}
