package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.util.Objects;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * How an opioid is taken: the amount of one dose (mg, or mcg/h for a fentanyl patch) and how many
 * times a day. A fentanyl patch delivers its rate around the clock, so its times per day is always
 * 1 and its daily amount is the patch rate, as the CDC table expects.
 */
public record OpioidDose(Opioid opioid, BigDecimal amount, int timesPerDay) {

  public OpioidDose {
    Objects.requireNonNull(opioid, "opioid");
    if (amount == null || amount.signum() <= 0) {
      throw new ClinicalRuleViolation("amount", "The dose must be more than zero.");
    }
    if (opioid.unit() == Opioid.DoseUnit.MCG_PER_HOUR && timesPerDay != 1) {
      throw new ClinicalRuleViolation(
          "timesPerDay", "A transdermal patch is recorded by its rate in mcg/h, once.");
    }
    if (timesPerDay < 1 || timesPerDay > 24) {
      throw new ClinicalRuleViolation("timesPerDay", "Times per day must be between 1 and 24.");
    }
  }

  /** An oral dose in mg taken {@code timesPerDay} times a day. */
  public static OpioidDose oral(Opioid opioid, String mg, int timesPerDay) {
    if (opioid.unit() != Opioid.DoseUnit.MG) {
      throw new ClinicalRuleViolation("opioid", opioid.label() + " is not dosed in mg.");
    }
    return new OpioidDose(opioid, new BigDecimal(mg), timesPerDay);
  }

  /** A transdermal fentanyl patch of the given rate. */
  public static OpioidDose fentanylPatch(String mcgPerHour) {
    return new OpioidDose(Opioid.FENTANYL_TRANSDERMAL, new BigDecimal(mcgPerHour), 1);
  }

  /** mg per day, or mcg/h for a patch: what the CDC factor multiplies. */
  public BigDecimal dailyAmount() {
    return amount.multiply(BigDecimal.valueOf(timesPerDay));
  }

  public BigDecimal mmePerDay() {
    return OpioidConversion.mmePerDay(this);
  }
}
