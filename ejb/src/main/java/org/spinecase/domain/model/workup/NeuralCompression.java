package org.spinecase.domain.model.workup;

/** Compression of the neural elements shown on MRI or CT myelogram, at the levels of the study. */
public enum NeuralCompression {
  DISC_HERNIATION("Disc herniation"),
  CENTRAL_STENOSIS("Central stenosis"),
  LATERAL_RECESS_STENOSIS("Lateral recess stenosis"),
  FORAMINAL_STENOSIS("Foraminal stenosis"),
  PSEUDOMENINGOCELE("Pseudomeningocele"),
  NERVE_ROOT_CLUMPING("Nerve root clumping (arachnoiditis)"),
  NONE("No compression");

  private final String label;

  NeuralCompression(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
