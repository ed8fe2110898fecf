package org.spinecase.domain.model.outcome;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The result of scoring one response: the total and its band when the answers allow one, subscale
 * values, flags, and otherwise the reason no total could be given. Flags do not depend on a total:
 * a PHQ-9 item 9 answer raises the safety alert even when other items are still unanswered.
 *
 * <p>{@code total} is {@code null} when not scorable; read it through {@link #value()}.
 */
public record Score(
    String instrument,
    Double total,
    String band,
    Map<String, Double> subscales,
    Set<Flag> flags,
    String notScorableReason,
    String loinc) {

  public Score {
    subscales = Map.copyOf(subscales);
    flags = Set.copyOf(flags);
  }

  static Score of(
      Instrument instrument, double total, Map<String, Double> subscales, Set<Flag> flags) {
    return new Score(
        instrument.code(),
        total,
        instrument.band(total).orElse(null),
        subscales,
        flags,
        null,
        instrument.loincTotal());
  }

  static Score notScorable(
      Instrument instrument, String reason, Map<String, Double> subscales, Set<Flag> flags) {
    return new Score(
        instrument.code(), null, null, subscales, flags, reason, instrument.loincTotal());
  }

  public boolean isScorable() {
    return total != null;
  }

  public OptionalDouble value() {
    return total == null ? OptionalDouble.empty() : OptionalDouble.of(total);
  }

  public Optional<String> bandLabel() {
    return Optional.ofNullable(band);
  }

  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}
