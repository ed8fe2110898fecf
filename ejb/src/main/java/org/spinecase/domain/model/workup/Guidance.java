package org.spinecase.domain.model.workup;

/** How the needle was guided. Blind injections are not diagnostic, so there is no 'none'. */
public enum Guidance {
  FLUOROSCOPY("Fluoroscopy"),
  CT("CT"),
  ULTRASOUND("Ultrasound");

  private final String label;

  Guidance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
