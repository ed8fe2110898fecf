package org.spinecase.domain.model.outcome;

/**
 * Whether the application may ship an instrument's item text. For licensed instruments the clinic
 * supplies the text under its own licence; the application ships only structure and scoring.
 */
public enum Licensing {
  FREE("Free to use"),
  LICENSED("Item text licensed; supplied by the clinic");

  private final String label;

  Licensing(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
