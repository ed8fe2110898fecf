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
}
