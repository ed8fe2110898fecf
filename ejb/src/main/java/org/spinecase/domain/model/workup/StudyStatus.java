package org.spinecase.domain.model.workup;

/** Where a study stands. Ordered studies not yet resulted show on the coordinator's worklist. */
public enum StudyStatus {
  ORDERED("Ordered"),
  RESULTED("Resulted");

  private final String label;

  StudyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
