package org.spinecase.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * One spine operation the patient had before coming to the clinic, the starting point of every
 * failed-back-surgery workup.
 *
 * <p>A surgery recorded by mistake is never deleted: it is marked entered-in-error with a reason,
 * so that anyone who acted on it can see what was there and why it went.
 */
@Entity
@Table(name = "prior_spine_surgery")
@Audited
public class PriorSpineSurgery extends ClinicalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prior_spine_surgery_seq")
  @SequenceGenerator(
      name = "prior_spine_surgery_seq",
      sequenceName = "prior_spine_surgery_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Column(name = "surgery_date", nullable = false)
  private LocalDate surgeryDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "spine_procedure", nullable = false, length = 30)
  private SpineProcedure procedure;

  @Column(name = "levels", nullable = false, length = 20)
  private String levels;

  @Enumerated(EnumType.STRING)
  @Column(name = "approach", length = 20)
  private SurgicalApproach approach;

  @Column(name = "hospital_or_surgeon", length = 200)
  private String hospitalOrSurgeon;

  @Column(name = "implants", length = 500)
  private String implants;

  @Column(name = "entered_in_error", nullable = false)
  private boolean enteredInError;

  @Column(name = "entered_in_error_reason", length = 500)
  private String enteredInErrorReason;

  protected PriorSpineSurgery() {}

  PriorSpineSurgery(Patient patient, SurgeryDetails details) {
    this.patient = Objects.requireNonNull(patient, "patient");
    apply(details);
  }

  /** Replaces what was recorded, for a mistake found later (wrong level, wrong date). */
  public void correct(SurgeryDetails details) {
    if (enteredInError) {
      throw new ClinicalRuleViolation(
          null, "A surgery entered in error cannot be corrected; record it again.");
    }
    apply(details);
  }

  /** Withdraws a surgery that should never have been recorded, keeping it visible in history. */
  public void markEnteredInError(String reason) {
    String why = FreeText.limited("reason", "Reason", FreeText.tidy(reason), 500);
    if (why == null) {
      throw new ClinicalRuleViolation(
          "reason", "A reason is required to mark a surgery as entered in error.");
    }
    if (enteredInError) {
      throw new ClinicalRuleViolation(null, "This surgery is already marked as entered in error.");
    }
    enteredInError = true;
    enteredInErrorReason = why;
  }

  /** "L4-L5 Microdiscectomy", how the surgery is named in lists and history. */
  public String describe() {
    return levels + " " + procedure.label();
  }

  private void apply(SurgeryDetails details) {
    Objects.requireNonNull(details, "details");
    this.surgeryDate = checkedDate(details.surgeryDate());
    if (details.procedure() == null) {
      throw new ClinicalRuleViolation("procedure", "Procedure is required.");
    }
    this.procedure = details.procedure();
    if (!SpinalLevels.isValid(details.levels())) {
      throw new ClinicalRuleViolation(
          "levels", "Levels must look like L4-L5, L5-S1 or T12-L1, from upper to lower.");
    }
    this.levels = SpinalLevels.canonical(details.levels());
    this.approach = details.approach();
    this.hospitalOrSurgeon =
        FreeText.limited(
            "hospitalOrSurgeon",
            "Hospital or surgeon",
            FreeText.tidy(details.hospitalOrSurgeon()),
            200);
    this.implants =
        FreeText.limited("implants", "Implants", FreeText.tidyBlock(details.implants()), 500);
  }

  private LocalDate checkedDate(LocalDate date) {
    if (date == null) {
      throw new ClinicalRuleViolation("surgeryDate", "Surgery date is required.");
    }
    if (date.isAfter(ClinicClock.today())) {
      throw new ClinicalRuleViolation("surgeryDate", "Surgery date must not be in the future.");
    }
    if (date.isBefore(patient.getDateOfBirth())) {
      throw new ClinicalRuleViolation(
          "surgeryDate", "Surgery date must not be before the date of birth.");
    }
    return date;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public LocalDate getSurgeryDate() {
    return surgeryDate;
  }

  public SpineProcedure getProcedure() {
    return procedure;
  }

  public String getLevels() {
    return levels;
  }

  public SurgicalApproach getApproach() {
    return approach;
  }

  public String getHospitalOrSurgeon() {
    return hospitalOrSurgeon;
  }

  public String getImplants() {
    return implants;
  }

  public boolean isEnteredInError() {
    return enteredInError;
  }

  public String getEnteredInErrorReason() {
    return enteredInErrorReason;
  }
}
