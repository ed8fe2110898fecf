package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.spinecase.domain.model.patient.Sex;

/** A patient as one row of a list or a likely-duplicate candidate: enough to recognise them. */
@JsonbPropertyOrder({"id", "mrn", "familyName", "givenName", "dateOfBirth", "sex", "changedAt"})
public record PatientSummaryDto(
    long id,
    String mrn,
    String familyName,
    String givenName,
    LocalDate dateOfBirth,
    Sex sex,
    Instant changedAt) {}
