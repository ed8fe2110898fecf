package org.spinecase.domain.model.outcome;

/**
 * How one instrument turns answers into a {@link Score}. Implementations check the answers against
 * the instrument first, so a score can never rest on an answer the instrument does not allow.
 */
public interface Scoring {

  Instrument instrument();

  Score score(Answers answers);
}
