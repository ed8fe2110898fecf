package org.spinecase.domain.model.workup;

/** The gait as observed, one code for the dominant pattern. */
public enum Gait {
  NORMAL("Normal"),
  ANTALGIC("Antalgic"),
  STEPPAGE("Steppage (foot drop)"),
  TRENDELENBURG("Trendelenburg"),
  WIDE_BASED("Wide-based or ataxic"),
  WALKING_AID("Needs a walking aid"),
  UNABLE_TO_WALK("Unable to walk");

  private final String label;

  Gait(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
