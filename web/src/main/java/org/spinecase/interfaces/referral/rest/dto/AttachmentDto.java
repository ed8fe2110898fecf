package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.spinecase.domain.model.referral.DocumentKind;

/** A stored document of a referral; the bytes are read from its own URL. */
@JsonbPropertyOrder({"id", "kind", "fileName", "mediaType", "sizeBytes", "sha256", "uploadedAt", "uploadedBy"})
public record AttachmentDto(
    long id,
    DocumentKind kind,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {}
