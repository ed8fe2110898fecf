package org.spinecase.domain.model.workup;

/**
 * The five categories of non-organic physical signs of Waddell et al. They do not mean the pain is
 * feigned; they flag that pain behaviour and distress need their own assessment alongside the
 * search for a structural cause.
 *
 * <p>Source: Waddell G, McCulloch JA, Kummel E, Venner RM. Nonorganic physical signs in low-back
 * pain. Spine 1980;5(2):117-125. See {@link Examination#WADDELL_THRESHOLD}.
 */
public enum WaddellSign {
  TENDERNESS("Tenderness (superficial or non-anatomic)"),
  SIMULATION("Simulation (axial loading, rotation)"),
  DISTRACTION("Distraction (e.g. straight leg raise sitting versus supine)"),
  REGIONAL_DISTURBANCES("Regional disturbances (weakness or sensory change, non-anatomic)"),
  OVERREACTION("Overreaction");

  private final String label;

  WaddellSign(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
