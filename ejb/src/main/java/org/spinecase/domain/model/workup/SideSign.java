package org.spinecase.domain.model.workup;

/**
 * Signs examined on each side with a positive or negative result. Babinski and clonus are
 * upper-motor-neuron signs that send the workup up the spine (cord compression, not a lumbar root);
 * facet loading (extension-rotation) provokes facet joint pain on the loaded side.
 */
public enum SideSign {
  BABINSKI("Babinski (extensor plantar response)"),
  CLONUS("Ankle clonus (sustained)"),
  FACET_LOADING("Facet loading (extension-rotation)");

  private final String label;

  SideSign(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
