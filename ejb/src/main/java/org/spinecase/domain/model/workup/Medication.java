package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.util.Optional;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * A medicine the patient takes now. The name is as prescribed (a brand or a generic name); an
 * opioid also carries its structured dose so that its MME are computed, never typed.
 */
public record Medication(String name, MedicationClass medicationClass, OpioidDose opioidDose) {

  public Medication {
    name = FreeText.limited("medicationName", "Medication name", FreeText.tidy(name), 200);
    if (name == null) {
      throw new ClinicalRuleViolation("medicationName", "Medication name is required.");
    }
    if (medicationClass == null) {
      throw new ClinicalRuleViolation("medicationClass", "Medication class is required.");
    }
    if ((medicationClass == MedicationClass.OPIOID) != (opioidDose != null)) {
      throw new ClinicalRuleViolation(
          "opioidDose", "An opioid needs its dose for MME, and only an opioid takes one.");
    }
  }

  public static Medication opioid(String name, OpioidDose dose) {
    return new Medication(name, MedicationClass.OPIOID, dose);
  }

  public static Medication other(String name, MedicationClass medicationClass) {
    return new Medication(name, medicationClass, null);
  }

  /** MME per day, or empty for a medicine that is not an opioid. */
  public Optional<BigDecimal> mmePerDay() {
    return Optional.ofNullable(opioidDose).map(OpioidDose::mmePerDay);
  }
}
