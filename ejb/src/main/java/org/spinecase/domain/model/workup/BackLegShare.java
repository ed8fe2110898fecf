package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * How the pain divides between back and leg, as the patient puts it ("70 % back, 30 % leg"). Only
 * the back share is stored; the leg share is its complement, so the two always add up to 100.
 * Leg-dominant pain points to a compressive or neuropathic cause, back-dominant to the joints, disc
 * or instability.
 */
public record BackLegShare(int backPercent) {

  public BackLegShare {
    if (backPercent < 0 || backPercent > 100) {
      throw new ClinicalRuleViolation("backPercent", "Back pain share must be 0 to 100 %.");
    }
  }

  public static BackLegShare backPercent(int percent) {
    return new BackLegShare(percent);
  }

  public int legPercent() {
    return 100 - backPercent;
  }

  public boolean isLegDominant() {
    return legPercent() > backPercent;
  }
}
