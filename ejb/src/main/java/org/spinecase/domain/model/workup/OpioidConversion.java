package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Converts an opioid dose to morphine milligram equivalents (MME) per day: daily dose times the
 * conversion factor, the same arithmetic for every opioid, so the clinic can see the total opioid
 * load of a patient on several opioids at once.
 *
 * <p>Source of the factors: Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice
 * Guideline for Prescribing Opioids for Pain, United States, 2022. MMWR Recomm Rep 2022;71(No.
 * RR-3):1-95, Table "Morphine milligram equivalent doses for commonly prescribed opioids for pain
 * management". All doses in mg/day except transdermal fentanyl in mcg/h. The CDC 2022 values differ
 * from the 2016 guideline for hydromorphone (now 5, was 4) and methadone (now the single factor
 * 4.7, was dose-banded); these are the 2022 values. The guideline warns that MME are estimates for
 * gauging overdose risk and must not be used to convert one opioid into another; this class only
 * ever totals the load.
 *
 * <p>Checked against a reproduction of the CDC table, not against the MMWR PDF itself (verify
 * before release against the original table).
 */
public final class OpioidConversion {

  /** MME are shown to one decimal place, enough for codeine's 0.15. */
  public static final int SCALE = 1;

  private static final Map<Opioid, BigDecimal> FACTORS = factors();

  private OpioidConversion() {}

  private static Map<Opioid, BigDecimal> factors() {
    Map<Opioid, BigDecimal> factors = new EnumMap<>(Opioid.class);
    factors.put(Opioid.MORPHINE, new BigDecimal("1"));
    factors.put(Opioid.HYDROCODONE, new BigDecimal("1"));
    factors.put(Opioid.OXYCODONE, new BigDecimal("1.5"));
    factors.put(Opioid.OXYMORPHONE, new BigDecimal("3"));
    factors.put(Opioid.HYDROMORPHONE, new BigDecimal("5"));
    factors.put(Opioid.CODEINE, new BigDecimal("0.15"));
    factors.put(Opioid.TRAMADOL, new BigDecimal("0.2"));
    factors.put(Opioid.TAPENTADOL, new BigDecimal("0.4"));
    factors.put(Opioid.METHADONE, new BigDecimal("4.7"));
    factors.put(Opioid.FENTANYL_TRANSDERMAL, new BigDecimal("2.4"));
    return Collections.unmodifiableMap(factors);
  }

  /** The whole table, for display beside the result. */
  public static Map<Opioid, BigDecimal> table() {
    return FACTORS;
  }

  public static BigDecimal factor(Opioid opioid) {
    BigDecimal factor = FACTORS.get(opioid);
    if (factor == null) {
      throw new ClinicalRuleViolation("opioid", "No CDC 2022 conversion factor for " + opioid);
    }
    return factor;
  }

  /**
   * The factor for an opioid given by name; refuses names the table does not hold rather than
   * guessing a factor for them.
   */
  public static BigDecimal factor(String opioidName) {
    return factor(
        Opioid.named(opioidName)
            .orElseThrow(
                () ->
                    new ClinicalRuleViolation(
                        "opioid",
                        "No CDC 2022 conversion factor for '"
                            + opioidName
                            + "'; MME cannot be computed for it.")));
  }

  /** MME per day of one opioid taken as prescribed. */
  public static BigDecimal mmePerDay(OpioidDose dose) {
    return dose.dailyAmount().multiply(factor(dose.opioid())).setScale(SCALE, RoundingMode.HALF_UP);
  }
}
