package org.spinecase.application;

/**
 * The columns a patient list may be sorted by. An enum, so that no text from a request ever reaches
 * the ORDER BY clause.
 */
public enum PatientSort {
  MRN("mrn"),
  /** By folded name, so that "Müller" sorts next to "Muller". */
  NAME("searchName"),
  DATE_OF_BIRTH("dateOfBirth"),
  CHANGED_AT("changedAt");

  private final String attribute;

  PatientSort(String attribute) {
    this.attribute = attribute;
  }

  /** The Patient entity attribute sorted on. */
  public String attribute() {
    return attribute;
  }
}
