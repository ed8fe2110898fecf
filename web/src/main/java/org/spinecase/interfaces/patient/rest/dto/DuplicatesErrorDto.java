package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.spinecase.interfaces.shared.rest.Violation;

/**
 * The common error shape plus the patients who look like the one sent. The client checks them
 * and, if it is someone else, sends the same body again with "duplicateConfirmed": true.
 */
@JsonbPropertyOrder({"status", "message", "violations", "duplicates"})
public record DuplicatesErrorDto(
    int status, String message, List<Violation> violations, List<PatientSummaryDto> duplicates) {}
