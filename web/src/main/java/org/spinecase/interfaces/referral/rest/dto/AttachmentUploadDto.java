package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.spinecase.domain.model.referral.DocumentKind;

/**
 * A document sent with a referral: the file's bytes base64-encoded (RFC 4648, line breaks
 * allowed). Its type is recognised from the content, never from the name: PDF, JPEG or PNG.
 */
@JsonbPropertyOrder({"kind", "fileName", "contentBase64"})
public record AttachmentUploadDto(DocumentKind kind, String fileName, String contentBase64) {}
