package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * The result of a study (or its correction): the version read (or If-Match), resultedOn (defaults to
 * today), the findings of the study's type and optionally the report.
 */
@JsonbPropertyOrder({"version", "resultedOn", "findings", "report"})
public record StudyResultDto(Long version, LocalDate resultedOn, FindingsDto findings, ReportUploadDto report) {}
