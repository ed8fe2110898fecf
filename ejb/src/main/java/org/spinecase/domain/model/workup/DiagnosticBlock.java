package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * One diagnostic block, one record: what was injected where and how, pain on the 0-10 NRS before
 * and at the set times after, and what that shows. The percentage relief is computed from the
 * ratings, never typed: {@code (pre - post) / pre x 100}, so 8 before and 2 after is 75 %.
 *
 * <p>Relief can be negative (worse after the block); it is shown as it is. With no pain before
 * (NRS 0) a block cannot show relief, and is refused. The {@code id} is 0 until the workup sheet
 * records the block and gives it its number, by which causes cite it.
 */
public record DiagnosticBlock(
    long id,
    LocalDate performedOn,
    BlockTarget target,
    Guidance guidance,
    LocalAnaesthetic agent,
    BigDecimal volumeMl,
    Sedation sedation,
    int preNrs,
    Map<ReadingTime, Integer> postNrs,
    Double reliefDurationHours,
    Concordance concordance,
    Set<BlockComplication> complications) {

  public DiagnosticBlock {
    if (performedOn == null) {
      throw new ClinicalRuleViolation("performedOn", "The date of the block is required.");
    }
    Objects.requireNonNull(target, "target");
    if (guidance == null) {
      throw new ClinicalRuleViolation("guidance", "Guidance is required.");
    }
    if (agent == null) {
      throw new ClinicalRuleViolation("agent", "The agent injected is required.");
    }
    if (volumeMl == null
        || volumeMl.signum() <= 0
        || volumeMl.compareTo(BigDecimal.valueOf(20)) > 0) {
      throw new ClinicalRuleViolation("volumeMl", "Volume must be more than 0 and at most 20 ml.");
    }
    if (sedation == null) {
      throw new ClinicalRuleViolation("sedation", "Record the sedation, or none.");
    }
    nrs("preNrs", preNrs);
    if (preNrs == 0) {
      throw new ClinicalRuleViolation(
          "preNrs", "With no pain before the block, relief cannot be measured.");
    }
    Map<ReadingTime, Integer> copy = new EnumMap<>(ReadingTime.class);
    if (postNrs != null) {
      postNrs.forEach(
          (time, score) -> {
            nrs("postNrs", score);
            copy.put(Objects.requireNonNull(time, "time point"), score);
          });
    }
    postNrs = Collections.unmodifiableMap(copy);
    if (reliefDurationHours != null && reliefDurationHours < 0) {
      throw new ClinicalRuleViolation("reliefDurationHours", "Duration cannot be negative.");
    }
    concordance = concordance == null ? Concordance.NOT_ASSESSED : concordance;
    complications =
        complications == null || complications.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(complications));
  }

  private static void nrs(String field, Integer score) {
    if (score == null || score < 0 || score > 10) {
      throw new ClinicalRuleViolation(field, "Pain must be rated 0 to 10.");
    }
  }

  /** The same block with another rating after it. */
  public DiagnosticBlock withPostNrs(ReadingTime time, int score) {
    Map<ReadingTime, Integer> changed = new EnumMap<>(ReadingTime.class);
    changed.putAll(postNrs);
    changed.put(time, score);
    return new DiagnosticBlock(
        id,
        performedOn,
        target,
        guidance,
        agent,
        volumeMl,
        sedation,
        preNrs,
        changed,
        reliefDurationHours,
        concordance,
        complications);
  }

  DiagnosticBlock withId(long newId) {
    return new DiagnosticBlock(
        newId,
        performedOn,
        target,
        guidance,
        agent,
        volumeMl,
        sedation,
        preNrs,
        postNrs,
        reliefDurationHours,
        concordance,
        complications);
  }

  /** Percentage relief at one time point, or empty when pain was not asked then. */
  public OptionalDouble reliefPercent(ReadingTime time) {
    Integer post = postNrs.get(time);
    return post == null ? OptionalDouble.empty() : OptionalDouble.of(relief(post));
  }

  /** The best relief at any time point, or empty before the first rating after the block. */
  public OptionalDouble bestReliefPercent() {
    return postNrs.values().stream().mapToDouble(this::relief).max();
  }

  /** The time point of the best relief (the earliest if tied). */
  public Optional<ReadingTime> bestReliefAt() {
    return postNrs.entrySet().stream()
        .min(
            Map.Entry.<ReadingTime, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  private double relief(int post) {
    return (preNrs - post) * 100.0 / preNrs;
  }

  public boolean isConfoundedBySedation() {
    return sedation.confoundsResponse();
  }
}
