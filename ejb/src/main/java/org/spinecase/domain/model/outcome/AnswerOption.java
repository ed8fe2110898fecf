package org.spinecase.domain.model.outcome;

/**
 * One answer an item offers: the value stored and scored, and the label shown. For licensed
 * instruments the label is neutral ("Answer option 0") until the clinic supplies the text.
 */
public record AnswerOption(int value, String label) {

  static AnswerOption neutral(int value) {
    return new AnswerOption(value, "Answer option " + value);
  }
}
