package org.spinecase.domain.model.patient;

import java.time.LocalDate;

/**
 * Everything about a patient that a registration or an edit sets at once. A value rather than
 * setters, so that the patient checks its rules on the whole new state.
 */
public record PatientDetails(
    String familyName,
    String givenName,
    LocalDate dateOfBirth,
    Sex sex,
    String phone,
    String email,
    String address,
    String preferredLanguage,
    RiskFactors riskFactors) {}
