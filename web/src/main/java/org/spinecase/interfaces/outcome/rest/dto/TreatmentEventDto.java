package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** Something done for the patient that a chart of scores marks on its time axis. */
@JsonbPropertyOrder({"on", "label", "caseId"})
public record TreatmentEventDto(LocalDate on, String label, long caseId) {}
