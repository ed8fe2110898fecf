package org.spinecase.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.spinecase.application.validation.SpinalLevelRange;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgeryDetails;
import org.spinecase.domain.model.patient.SurgicalApproach;

/** A prior spine surgery as entered or corrected on a form. */
public class SurgeryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "Surgery date is required.")
  @PastOrPresent(message = "Surgery date must not be in the future.")
  private LocalDate surgeryDate;

  @NotNull(message = "Procedure is required.")
  private SpineProcedure procedure;

  @NotBlank(message = "Levels are required.")
  @SpinalLevelRange
  private String levels;

  private SurgicalApproach approach;

  @Size(max = 200, message = "Hospital or surgeon must be at most 200 characters.")
  private String hospitalOrSurgeon;

  @Size(max = 500, message = "Implants must be at most 500 characters.")
  private String implants;

  /** A form holding what is recorded, for correcting it. */
  public static SurgeryForm from(PriorSpineSurgery surgery) {
    SurgeryForm form = new SurgeryForm();
    form.surgeryDate = surgery.getSurgeryDate();
    form.procedure = surgery.getProcedure();
    form.levels = surgery.getLevels();
    form.approach = surgery.getApproach();
    form.hospitalOrSurgeon = surgery.getHospitalOrSurgeon();
    form.implants = surgery.getImplants();
    return form;
  }

  public SurgeryDetails toDetails() {
    return new SurgeryDetails(
        surgeryDate, procedure, levels, approach, hospitalOrSurgeon, implants);
  }

  public LocalDate getSurgeryDate() {
    return surgeryDate;
  }

  public void setSurgeryDate(LocalDate surgeryDate) {
    this.surgeryDate = surgeryDate;
  }

  public SpineProcedure getProcedure() {
    return procedure;
  }

  public void setProcedure(SpineProcedure procedure) {
    this.procedure = procedure;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public SurgicalApproach getApproach() {
    return approach;
  }

  public void setApproach(SurgicalApproach approach) {
    this.approach = approach;
  }

  public String getHospitalOrSurgeon() {
    return hospitalOrSurgeon;
  }

  public void setHospitalOrSurgeon(String hospitalOrSurgeon) {
    this.hospitalOrSurgeon = hospitalOrSurgeon;
  }

  public String getImplants() {
    return implants;
  }

  public void setImplants(String implants) {
    this.implants = implants;
  }
}
