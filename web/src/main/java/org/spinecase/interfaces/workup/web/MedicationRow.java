package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.MedicationClass;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.OpioidDose;

/** One current medication; an opioid with its dose. */
public final class MedicationRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String name;
  private String medicationClass;
  private String opioid;
  private BigDecimal amount;
  private Integer timesPerDay;

  public boolean isOpioidClass() {
    return MedicationClass.OPIOID.name().equals(medicationClass);
  }

  /** mg or mcg/h, by the opioid chosen. */
  public String getUnit() {
    return opioid == null ? "mg" : Opioid.valueOf(opioid).unit().label();
  }

  /** MME per day by the CDC 2022 factors, or null while the dose is incomplete. */
  public BigDecimal getMmePerDay() {
    OpioidDose dose = dose();
    return dose == null ? null : dose.mmePerDay();
  }

  OpioidDose dose() {
    if (!isOpioidClass() || opioid == null || amount == null || amount.signum() <= 0) {
      return null;
    }
    Opioid o = Opioid.valueOf(opioid);
    int times = o.unit() == Opioid.DoseUnit.MCG_PER_HOUR ? 1 : (timesPerDay == null ? 0 : timesPerDay);
    try {
      return new OpioidDose(o, amount, times);
    } catch (ClinicalRuleViolation e) {
      return null;
    }
  }

  boolean isEmpty() {
    return blank(name) && medicationClass == null && opioid == null && amount == null;
  }

  Medication toMedication() {
    MedicationClass cls = medicationClass == null ? null : MedicationClass.valueOf(medicationClass);
    String shown = name;
    if ((shown == null || shown.isBlank()) && opioid != null && cls == MedicationClass.OPIOID) {
      shown = Opioid.valueOf(opioid).label();
    }
    OpioidDose dose = null;
    if (cls == MedicationClass.OPIOID) {
      if (opioid == null) {
        throw new ClinicalRuleViolation("opioid", "Choose the opioid, so that its MME can be computed.");
      }
      Opioid o = Opioid.valueOf(opioid);
      int times = o.unit() == Opioid.DoseUnit.MCG_PER_HOUR ? 1 : (timesPerDay == null ? 0 : timesPerDay);
      dose = new OpioidDose(o, amount, times);
    }
    return new Medication(shown, cls, dose);
  }

  void load(Medication m) {
    name = m.name();
    medicationClass = m.medicationClass().name();
    if (m.opioidDose() != null) {
      opioid = m.opioidDose().opioid().name();
      amount = m.opioidDose().amount();
      timesPerDay = m.opioidDose().timesPerDay();
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMedicationClass() {
    return medicationClass;
  }

  public void setMedicationClass(String medicationClass) {
    this.medicationClass = ExaminationForm.blankToNull(medicationClass);
  }

  public String getOpioid() {
    return opioid;
  }

  public void setOpioid(String opioid) {
    this.opioid = ExaminationForm.blankToNull(opioid);
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Integer getTimesPerDay() {
    return timesPerDay;
  }

  public void setTimesPerDay(Integer timesPerDay) {
    this.timesPerDay = timesPerDay;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
