package org.spinecase.domain.model.workup;

/**
 * The five sacroiliac joint provocation tests of the Laslett cluster. A test counts as positive
 * only when it reproduces the patient's familiar pain.
 *
 * <p>Source: Laslett M, Aprill CN, McDonald B, Young SB. Diagnosis of sacroiliac joint pain:
 * validity of individual provocation tests and composites of tests. Man Ther 2005;10(3):207-218.
 * See {@link Examination#SI_CLUSTER_THRESHOLD} for how the cluster is read.
 */
public enum SiProvocationTest {
  DISTRACTION("Distraction"),
  THIGH_THRUST("Thigh thrust"),
  COMPRESSION("Compression"),
  SACRAL_THRUST("Sacral thrust"),
  GAENSLEN("Gaenslen's test");

  private final String label;

  SiProvocationTest(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
