package org.spinecase.domain.model.workup;

import java.util.Comparator;
import java.util.List;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The blocks of one target shown together, oldest first: typically dual comparative blocks with a
 * short- and a long-acting anaesthetic, because a single block gives too many false positives to
 * act on.
 *
 * <p>The series meets a threshold only when every block in it does: one block below the threshold
 * is enough to doubt the target.
 */
public final class BlockSeries {

  /**
   * The common relief threshold before radiofrequency ablation: "the common >= 80 % relief
   * threshold before radiofrequency ablation" (docs/clinical-reference.md, "Second-opinion workup").
   * Where a clinic uses another threshold it passes it to {@link #meetsThreshold(double)}.
   */
  public static final double COMMON_RELIEF_THRESHOLD_PERCENT = 80;

  private final BlockTarget target;
  private final List<DiagnosticBlock> blocks;

  public BlockSeries(BlockTarget target, List<DiagnosticBlock> blocks) {
    if (blocks == null || blocks.isEmpty()) {
      throw new ClinicalRuleViolation("blocks", "A series needs at least one block.");
    }
    if (blocks.stream().anyMatch(b -> !b.target().equals(target))) {
      throw new ClinicalRuleViolation(
          "blocks", "All blocks of a series must have the same target: " + target.label() + ".");
    }
    this.target = target;
    this.blocks =
        blocks.stream()
            .sorted(
                Comparator.comparing(DiagnosticBlock::performedOn)
                    .thenComparing(DiagnosticBlock::id))
            .toList();
  }

  public BlockTarget target() {
    return target;
  }

  public List<DiagnosticBlock> blocks() {
    return blocks;
  }

  /** Two or more blocks with different agents: the comparative design. */
  public boolean isComparative() {
    return blocks.size() >= 2
        && blocks.stream().map(DiagnosticBlock::agent).distinct().count() >= 2;
  }

  /**
   * Whether every block reached at least {@code percent} relief at its best time point. A block
   * with no rating after it yet does not meet any threshold.
   */
  public boolean meetsThreshold(double percent) {
    return blocks.stream()
        .allMatch(b -> b.bestReliefPercent().orElse(Double.NEGATIVE_INFINITY) >= percent);
  }

  public boolean meetsCommonThreshold() {
    return meetsThreshold(COMMON_RELIEF_THRESHOLD_PERCENT);
  }
}
