package org.spinecase.domain.model.patient;

/** How the surgeon reached the spine; revision planning depends on it (scar, access). */
public enum SurgicalApproach {
  POSTERIOR_OPEN("Posterior open"),
  POSTERIOR_MIS("Posterior minimally invasive"),
  ANTERIOR("Anterior"),
  LATERAL("Lateral"),
  OBLIQUE("Oblique"),
  POSTEROLATERAL("Posterolateral"),
  OTHER("Other approach");

  private final String label;

  SurgicalApproach(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
