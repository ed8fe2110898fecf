package org.spinecase.domain.model.outcome;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small helpers over item numbers shared by the scoring rules. */
final class Items {

  private Items() {}

  static Set<Integer> numbers(Instrument instrument) {
    return instrument.items().stream()
        .map(Item::number)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
