package org.spinecase.domain.model.outcome;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of an instrument, numbered from 1 as in the published form, with the range of values
 * its answer may take. Items with a short list of answers carry them as options (so a tablet can
 * show one large button each); numeric scales such as the EQ VAS (0-100) have no option list.
 */
public record Item(int number, String label, int min, int max, List<AnswerOption> options) {

  public Item {
    if (min > max) {
      throw new IllegalArgumentException("Item " + number + ": min above max");
    }
    options = List.copyOf(options);
  }

  /** An item whose answers carry neutral labels ("Answer option 0" ...). */
  static Item neutral(int number, String label, int min, int max) {
    return new Item(
        number,
        label,
        min,
        max,
        IntStream.rangeClosed(min, max).mapToObj(AnswerOption::neutral).toList());
  }

  /** A numeric scale shown as a slider or number pad rather than as options. */
  static Item scale(int number, String label, int min, int max) {
    return new Item(number, label, min, max, List.of());
  }

  public boolean accepts(int value) {
    return value >= min && value <= max;
  }
}
