package org.spinecase.domain.model.workup;

/**
 * Whether the response matched what the block predicts: relief lasting about as long as the agent
 * acts, and (for a nerve root block) the familiar pain reproduced and relieved. A discordant
 * response weakens the block as evidence whatever the relief.
 */
public enum Concordance {
  CONCORDANT("Concordant"),
  DISCORDANT("Discordant"),
  NOT_ASSESSED("Not assessed");

  private final String label;

  Concordance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
