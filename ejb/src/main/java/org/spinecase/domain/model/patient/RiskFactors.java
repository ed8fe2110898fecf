package org.spinecase.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The patient's risk factors for spine surgery and its alternatives, recorded once in the registry
 * and read by every later assessment.
 *
 * <p>For the yes/no factors {@code null} means "not recorded", which is not the same as "no".
 * Immutable: a change of risk factors replaces the whole value, which keeps history readable.
 */
@Embeddable
public class RiskFactors {

  public static final BigDecimal MIN_BMI = new BigDecimal("10.0");
  public static final BigDecimal MAX_BMI = new BigDecimal("80.0");

  @Enumerated(EnumType.STRING)
  @Column(name = "smoking_status", length = 10)
  private SmokingStatus smokingStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "diabetes", length = 10)
  private DiabetesStatus diabetes;

  @Column(name = "bmi", precision = 4, scale = 1)
  private BigDecimal bmi;

  @Column(name = "osteoporosis")
  private Boolean osteoporosis;

  @Column(name = "autoimmune_disease")
  private Boolean autoimmuneDisease;

  @Column(name = "vascular_disease")
  private Boolean vascularDisease;

  protected RiskFactors() {}

  public RiskFactors(
      SmokingStatus smokingStatus,
      DiabetesStatus diabetes,
      BigDecimal bmi,
      Boolean osteoporosis,
      Boolean autoimmuneDisease,
      Boolean vascularDisease) {
    this.smokingStatus = smokingStatus;
    this.diabetes = diabetes;
    this.bmi = checkedBmi(bmi);
    this.osteoporosis = osteoporosis;
    this.autoimmuneDisease = autoimmuneDisease;
    this.vascularDisease = vascularDisease;
  }

  /** Nothing recorded yet. */
  public static RiskFactors notRecorded() {
    return new RiskFactors();
  }

  private static BigDecimal checkedBmi(BigDecimal bmi) {
    if (bmi == null) {
      return null;
    }
    if (bmi.compareTo(MIN_BMI) < 0 || bmi.compareTo(MAX_BMI) > 0) {
      throw new ClinicalRuleViolation("bmi", "BMI must be between 10.0 and 80.0.");
    }
    // one decimal, as measured; also keeps "25" and "25.0" from looking like a change
    return bmi.setScale(1, RoundingMode.HALF_UP);
  }

  public SmokingStatus getSmokingStatus() {
    return smokingStatus;
  }

  public DiabetesStatus getDiabetes() {
    return diabetes;
  }

  public BigDecimal getBmi() {
    return bmi;
  }

  public Boolean getOsteoporosis() {
    return osteoporosis;
  }

  public Boolean getAutoimmuneDisease() {
    return autoimmuneDisease;
  }

  public Boolean getVascularDisease() {
    return vascularDisease;
  }
}
