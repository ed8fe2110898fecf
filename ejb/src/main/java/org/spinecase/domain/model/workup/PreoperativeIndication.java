package org.spinecase.domain.model.workup;

/**
 * Why the index operation was done, as far as the records tell: the first thing checked against the
 * imaging of the time. Kept as a code so that the clinic can count how often surgery for axial pain
 * alone failed.
 */
public enum PreoperativeIndication {
  RADICULOPATHY("Radicular leg pain"),
  NEUROGENIC_CLAUDICATION("Neurogenic claudication"),
  AXIAL_BACK_PAIN("Axial back pain"),
  NEUROLOGICAL_DEFICIT("Neurological deficit"),
  CAUDA_EQUINA("Cauda equina syndrome"),
  INSTABILITY("Instability or spondylolisthesis"),
  DEFORMITY("Deformity"),
  TRAUMA("Trauma or fracture"),
  INFECTION_OR_TUMOUR("Infection or tumour"),
  UNKNOWN("Unknown");

  private final String label;

  PreoperativeIndication(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
