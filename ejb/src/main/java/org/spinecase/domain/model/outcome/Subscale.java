package org.spinecase.domain.model.outcome;

import java.util.Set;

/** A named group of items whose answers are summed separately, such as PCS rumination. */
public record Subscale(String code, String name, Set<Integer> items, String loinc) {

  public Subscale {
    items = Set.copyOf(items);
  }

  Subscale(String code, String name, Set<Integer> items) {
    this(code, name, items, null);
  }
}
