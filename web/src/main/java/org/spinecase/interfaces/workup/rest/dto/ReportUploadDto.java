package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A study's report: PDF, JPEG or PNG (recognised from the bytes), base64, at most 10 MiB. */
@JsonbPropertyOrder({"fileName", "contentBase64"})
public record ReportUploadDto(String fileName, String contentBase64) {}
