package org.spinecase.domain.model.outcome;

/**
 * A country's EQ-5D-5L value set, turning a 5-digit profile into an index. Value sets are published
 * (and licensed) data, so none ships with the application: the clinic configures the one it is
 * entitled to use, and its id is stored with every index so that indices from different value sets
 * are never compared unknowingly.
 */
public interface ValueSet {

  /** A stable identifier, such as the country and publication of the value set. */
  String id();

  /** The index for a valid 5-digit profile ("11111" ... "55555"). */
  double index(String profile);
}
