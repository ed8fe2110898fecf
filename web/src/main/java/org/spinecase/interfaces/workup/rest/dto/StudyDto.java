package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.StudyStatus;

/**
 * One study of the workup from order to result: number is what causes cite, version what a result
 * sends back. A coordinator sees what is ordered and outstanding only (no findings, no report).
 */
@JsonbPropertyOrder({
  "number", "version", "type", "typeLabel", "status", "statusLabel", "outstanding", "levels",
  "orderedOn", "orderedBy", "resultedOn", "findings", "hasReport", "reportFileName", "reportUrl"
})
public record StudyDto(
    int number,
    long version,
    @Schema(implementation = StudyType.class, description = "The code; see the enumeration") String type,
    String typeLabel,
    @Schema(implementation = StudyStatus.class, description = "The code; see the enumeration") String status,
    String statusLabel,
    boolean outstanding,
    String levels,
    LocalDate orderedOn,
    String orderedBy,
    LocalDate resultedOn,
    FindingsDto findings,
    boolean hasReport,
    String reportFileName,
    String reportUrl) {}
