package org.spinecase.domain.model.workup;

/**
 * The outcome of a provocation or sign test. A test not yet done has no result at all (absent from
 * the grid), which is different from negative.
 */
public enum TestResult {
  NEGATIVE("Negative"),
  POSITIVE("Positive");

  private final String label;

  TestResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isPositive() {
    return this == POSITIVE;
  }
}
