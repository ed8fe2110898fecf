package org.spinecase.domain.model.outcome;

/**
 * Who typed the answers in. Kept with every response because answers a clinician transcribed from
 * paper and answers the patient tapped on a tablet are read differently in an audit.
 */
public enum EntryMode {
  CLINICIAN("Entered by a clinician"),
  PATIENT_TABLET("Entered by the patient on a tablet");

  private final String label;

  EntryMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
