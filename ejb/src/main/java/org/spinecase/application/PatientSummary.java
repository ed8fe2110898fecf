package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.Sex;

/** A patient as one row of a list: enough to recognise them, nothing clinical. */
public record PatientSummary(
    long id,
    String mrn,
    String familyName,
    String givenName,
    LocalDate dateOfBirth,
    Sex sex,
    Instant changedAt)
    implements Serializable {

  public static PatientSummary of(Patient patient) {
    return new PatientSummary(
        patient.getId(),
        patient.getMrn(),
        patient.getFamilyName(),
        patient.getGivenName(),
        patient.getDateOfBirth(),
        patient.getSex(),
        patient.getChangedAt());
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
