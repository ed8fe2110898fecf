package org.spinecase.domain.model.patient;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test patients and surgeries, built the way the application builds them. */
final class Patients {

  static final LocalDate BORN = LocalDate.of(1961, 4, 23);

  private Patients() {}

  static PatientDetails details(String familyName, String givenName, LocalDate dateOfBirth) {
    return new PatientDetails(
        familyName,
        givenName,
        dateOfBirth,
        Sex.FEMALE,
        "+44 20 7946 0000",
        "anna@example.org",
        "1 High Street\nLondon",
        "de",
        new RiskFactors(
            SmokingStatus.FORMER, DiabetesStatus.NONE, new BigDecimal("27.4"), false, null, null));
  }

  static Patient anna() {
    return Patient.register(MedicalRecordNumber.issue("SC", 1), details("Müller", "Anna", BORN));
  }

  static SurgeryDetails microdiscectomy(LocalDate date, String levels) {
    return new SurgeryDetails(
        date,
        SpineProcedure.MICRODISCECTOMY,
        levels,
        SurgicalApproach.POSTERIOR_MIS,
        "St Elsewhere, Dr Chen",
        null);
  }
}
