package org.spinecase.domain.model.outcome;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An EQ-5D-5L result: the 5-digit profile (one level 1-5 per dimension, in item order), the EQ VAS
 * 0-100 and, only where a value set was supplied, the index with that value set's id. Profile and
 * VAS are independent; either may be missing while the other is known.
 */
public record Eq5dScore(String profile, Integer vas, Double index, String valueSetId) {

  public Optional<String> profileText() {
    return Optional.ofNullable(profile);
  }

  public OptionalInt vasValue() {
    return vas == null ? OptionalInt.empty() : OptionalInt.of(vas);
  }

  public OptionalDouble indexValue() {
    return index == null ? OptionalDouble.empty() : OptionalDouble.of(index);
  }
}
