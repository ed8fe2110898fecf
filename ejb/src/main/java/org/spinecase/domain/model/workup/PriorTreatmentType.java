package org.spinecase.domain.model.workup;

/**
 * Treatments tried since the pain began, counted to see what has been tried before invasive options
 * (SCS selection requires conventional management first).
 */
public enum PriorTreatmentType {
  PHYSIOTHERAPY("Physiotherapy or exercise programme"),
  PAIN_MANAGEMENT_PROGRAMME("Pain management programme or CBT"),
  MEDICATION("Medication trial"),
  EPIDURAL_STEROID_INJECTION("Epidural steroid injection"),
  NERVE_ROOT_INJECTION("Nerve root injection"),
  FACET_INJECTION("Facet joint injection or medial branch block"),
  RADIOFREQUENCY_DENERVATION("Radiofrequency denervation"),
  SI_JOINT_INJECTION("Sacroiliac joint injection"),
  ACUPUNCTURE("Acupuncture"),
  MANUAL_THERAPY("Manual therapy (chiropractic, osteopathy)"),
  TENS("TENS"),
  SPINAL_CORD_STIMULATION("Spinal cord stimulation"),
  OTHER("Other");

  private final String label;

  PriorTreatmentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
