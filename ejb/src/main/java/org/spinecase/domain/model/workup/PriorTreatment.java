package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/** One treatment tried before the workup and how it worked. */
public record PriorTreatment(PriorTreatmentType type, TreatmentResponse response) {

  public PriorTreatment {
    if (type == null) {
      throw new ClinicalRuleViolation("treatmentType", "Treatment is required.");
    }
    if (response == null) {
      throw new ClinicalRuleViolation(
          "treatmentResponse", "Response to the treatment is required.");
    }
  }
}
