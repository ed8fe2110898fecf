package org.spinecase.domain.model.outcome;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The answers a patient gave, item number to the value(s) ticked. Kept exactly as given, partial or
 * not, because partial answers are saved and may be completed later; more than one value per item
 * is kept too, so that the paper form's doubled ODI tick is preserved rather than resolved at
 * entry. Immutable: each {@code with} returns a new set of answers.
 */
public final class Answers {

  private final Map<Integer, SortedSet<Integer>> ticks;

  private Answers(Map<Integer, SortedSet<Integer>> ticks) {
    this.ticks = ticks;
  }

  public static Answers none() {
    return new Answers(Collections.emptyMap());
  }

  /** One answer per item, in order from item 1; a {@code null} leaves that item unanswered. */
  public static Answers of(Integer... values) {
    Answers answers = none();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        answers = answers.with(i + 1, values[i]);
      }
    }
    return answers;
  }

  /** These answers plus the given value(s) ticked for {@code item}, replacing earlier ones. */
  public Answers with(int item, int... values) {
    Map<Integer, SortedSet<Integer>> copy = new TreeMap<>(ticks);
    SortedSet<Integer> set = new TreeSet<>();
    for (int value : values) {
      set.add(value);
    }
    if (set.isEmpty()) {
      copy.remove(item);
    } else {
      copy.put(item, Collections.unmodifiableSortedSet(set));
    }
    return new Answers(Collections.unmodifiableMap(copy));
  }

  public Set<Integer> answered() {
    return ticks.keySet();
  }

  public boolean isAnswered(int item) {
    return ticks.containsKey(item);
  }

  public Set<Integer> ticks(int item) {
    return Optional.<Set<Integer>>ofNullable(ticks.get(item)).orElse(Set.of());
  }

  /** The answer to {@code item}; where two were ticked, the higher (checked per instrument). */
  public OptionalInt value(int item) {
    SortedSet<Integer> set = ticks.get(item);
    return set == null ? OptionalInt.empty() : OptionalInt.of(set.last());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answers a && a.ticks.equals(ticks);
  }

  @Override
  public int hashCode() {
    return ticks.hashCode();
  }

  @Override
  public String toString() {
    return ticks.toString();
  }
}
