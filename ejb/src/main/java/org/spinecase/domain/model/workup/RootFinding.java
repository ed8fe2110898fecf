package org.spinecase.domain.model.workup;

/**
 * The electrodiagnostic finding for one nerve root on one side. Active denervation means an ongoing
 * root lesion; chronic reinnervation alone an old one, which is what separates a treatable new
 * compression from a settled nerve injury.
 */
public enum RootFinding {
  NORMAL("Normal"),
  ACTIVE_DENERVATION("Active denervation (acute radiculopathy)"),
  CHRONIC_REINNERVATION("Chronic reinnervation only (old radiculopathy)"),
  ACTIVE_AND_CHRONIC("Active and chronic changes"),
  NOT_TESTED("Not tested");

  private final String label;

  RootFinding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
