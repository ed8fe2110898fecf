package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * What a block tests: the type, the level and the side. Comparative blocks share one target, which
 * is how blocks are gathered into a {@link BlockSeries}.
 */
public record BlockTarget(BlockType type, Levels levels, Side side) {

  public BlockTarget {
    if (type == null) {
      throw new ClinicalRuleViolation("blockType", "Block type is required.");
    }
    if (levels == null) {
      throw new ClinicalRuleViolation("levels", "The level blocked is required.");
    }
    if (side == null) {
      throw new ClinicalRuleViolation("side", "The side blocked is required.");
    }
  }

  public String label() {
    return type.label() + " " + levels + " " + side.label().toLowerCase(java.util.Locale.ROOT);
  }
}
