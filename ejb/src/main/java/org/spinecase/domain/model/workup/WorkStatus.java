package org.spinecase.domain.model.workup;

/**
 * The patient's work now, counted because return to work is one of the outcomes the clinic reports.
 */
public enum WorkStatus {
  WORKING_FULL_DUTIES("Working, full duties"),
  WORKING_MODIFIED("Working, modified duties or hours"),
  OFF_WORK_SICK("Off work, sick leave"),
  UNEMPLOYED("Unemployed"),
  DISABILITY_BENEFIT("On disability benefit or pension"),
  RETIRED("Retired"),
  STUDENT("Student"),
  HOME_DUTIES("Home duties");

  private final String label;

  WorkStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
