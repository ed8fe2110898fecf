package org.spinecase.domain.model.workup;

/**
 * The nerve tension tests, each done on each leg. The straight leg raise and its crossed form are
 * recorded with the hip angle at which the familiar leg pain came on, when the clinician measured
 * it; slump and femoral stretch have no agreed angle and take none.
 */
public enum NeuralTensionTest {
  STRAIGHT_LEG_RAISE("Straight leg raise", true),
  CROSSED_STRAIGHT_LEG_RAISE("Crossed straight leg raise", true),
  SLUMP("Slump test", false),
  FEMORAL_STRETCH("Femoral nerve stretch", false);

  private final String label;
  private final boolean takesAngle;

  NeuralTensionTest(String label, boolean takesAngle) {
    this.label = label;
    this.takesAngle = takesAngle;
  }

  public String label() {
    return label;
  }

  public boolean takesAngle() {
    return takesAngle;
  }
}
