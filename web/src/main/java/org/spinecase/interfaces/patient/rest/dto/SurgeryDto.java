package org.spinecase.interfaces.patient.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgicalApproach;

/**
 * A prior spine surgery; levels as surgeons write them ("L4-L5"). On input id, version and the
 * entered-in-error fields are ignored: those change only through their own operations.
 */
@JsonbPropertyOrder({
  "id", "version", "surgeryDate", "procedure", "levels", "approach", "hospitalOrSurgeon",
  "implants", "enteredInError", "enteredInErrorReason"
})
public record SurgeryDto(
    Long id,
    Long version,
    LocalDate surgeryDate,
    SpineProcedure procedure,
    String levels,
    SurgicalApproach approach,
    String hospitalOrSurgeon,
    String implants,
    Boolean enteredInError,
    String enteredInErrorReason) {}
