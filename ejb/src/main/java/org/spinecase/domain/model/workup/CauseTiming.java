package org.spinecase.domain.model.workup;

/**
 * When the cause arose relative to the index operation (docs/clinical-reference.md, "Classifications to
 * support"): pre-operative (selection, psychosocial factors, smoking, compensation),
 * intra-operative (wrong level, inadequate decompression, nerve injury), post-operative
 * (recurrence, fibrosis, instability, adjacent segment disease, infection).
 */
public enum CauseTiming {
  PRE_OPERATIVE("Pre-operative"),
  INTRA_OPERATIVE("Intra-operative"),
  POST_OPERATIVE("Post-operative");

  private final String label;

  CauseTiming(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
