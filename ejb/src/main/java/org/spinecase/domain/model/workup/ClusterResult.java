package org.spinecase.domain.model.workup;

/**
 * The result of a cluster of tests read together: positive once enough tests are positive, negative
 * once the remaining tests could no longer make it positive, undecided until then.
 */
public enum ClusterResult {
  POSITIVE("Positive"),
  NEGATIVE("Negative"),
  UNDECIDED("Undecided: not enough tests recorded");

  private final String label;

  ClusterResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
