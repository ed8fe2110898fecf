package org.spinecase.domain.model.outcome;

/**
 * Where a response stands. A response is never deleted: one entered in error keeps its answers and
 * says why, so that a chart drawn earlier from it can still be explained.
 */
public enum ResponseStatus {
  IN_PROGRESS("In progress"),
  COMPLETE("Complete"),
  ENTERED_IN_ERROR("Entered in error");

  private final String label;

  ResponseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
