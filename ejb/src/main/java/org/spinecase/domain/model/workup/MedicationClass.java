package org.spinecase.domain.model.workup;

/**
 * The kinds of pain medicine the clinic reviews, counted to see what has been tried; the opioid
 * class is the one that takes a dose for MME.
 */
public enum MedicationClass {
  OPIOID("Opioid"),
  PARACETAMOL("Paracetamol"),
  NSAID("Anti-inflammatory (NSAID)"),
  GABAPENTINOID("Gabapentinoid"),
  ANTIDEPRESSANT("Antidepressant for pain (TCA, SNRI)"),
  MUSCLE_RELAXANT("Muscle relaxant"),
  TOPICAL("Topical"),
  OTHER("Other");

  private final String label;

  MedicationClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
