package org.spinecase.domain.model.patient;

import java.time.LocalDate;

/** What is recorded about one prior spine surgery, set at once when recorded or corrected. */
public record SurgeryDetails(
    LocalDate surgeryDate,
    SpineProcedure procedure,
    String levels,
    SurgicalApproach approach,
    String hospitalOrSurgeon,
    String implants) {}
