package org.spinecase.domain.model.workup;

/**
 * The diagnostic blocks of the workup, each testing one suspected pain generator: medial branch
 * block for the facet joints, SI joint injection, selective nerve root block for a root.
 */
public enum BlockType {
  MEDIAL_BRANCH_BLOCK("Medial branch block"),
  SI_JOINT_INJECTION("SI joint injection"),
  SELECTIVE_NERVE_ROOT_BLOCK("Selective nerve root block");

  private final String label;

  BlockType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
