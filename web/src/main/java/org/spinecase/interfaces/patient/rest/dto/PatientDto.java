package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;

/**
 * A patient as the API reads and writes it, flat like the registration form. On input, id and
 * the record metadata are ignored, {@code version} is the one read (required to update unless
 * sent as If-Match), {@code surgeries} is read only on registration and
 * {@code duplicateConfirmed} answers a 409 listing likely duplicates. A yes/no risk factor left
 * out means "not recorded", which is not "no"; BMI in kg/m². Absent values are left out of the
 * JSON.
 */
@JsonbPropertyOrder({
  "id", "version", "mrn", "familyName", "givenName", "dateOfBirth", "sex", "phone", "email",
  "address", "preferredLanguage", "smokingStatus", "diabetes", "bmi", "osteoporosis",
  "autoimmuneDisease", "vascularDisease", "surgeries", "duplicateConfirmed",
  "createdAt", "createdBy", "changedAt", "changedBy"
})
public record PatientDto(
    Long id,
    Long version,
    String mrn,
    String familyName,
    String givenName,
    LocalDate dateOfBirth,
    Sex sex,
    String phone,
    String email,
    String address,
    String preferredLanguage,
    SmokingStatus smokingStatus,
    DiabetesStatus diabetes,
    BigDecimal bmi,
    Boolean osteoporosis,
    Boolean autoimmuneDisease,
    Boolean vascularDisease,
    List<SurgeryDto> surgeries,
    Boolean duplicateConfirmed,
    Instant createdAt,
    String createdBy,
    Instant changedAt,
    String changedBy) {}
