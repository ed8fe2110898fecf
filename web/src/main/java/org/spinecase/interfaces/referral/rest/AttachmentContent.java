package org.spinecase.interfaces.referral.rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.application.FieldViolation;
import org.spinecase.interfaces.referral.rest.dto.AttachmentUploadDto;

/**
 * The attachments of a referral sent as JSON: base64 decoded, with every problem named by its
 * field ("attachments[1].contentBase64"). A file over the size limit is refused from the length
 * of its text, before its bytes are decoded, so an oversized upload costs no second copy. Whether
 * the bytes are a PDF, JPEG or PNG is the service's check, from the content.
 */
final class AttachmentContent {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final double MIB = 1024.0 * 1024.0;

  private AttachmentContent() {}

  static List<AttachmentUpload> decode(
      List<AttachmentUploadDto> attachments, long maxBytes, List<FieldViolation> violations) {
    List<AttachmentUpload> uploads = new ArrayList<>();
    if (attachments == null) {
      return uploads;
    }
    for (int i = 0; i < attachments.size(); i++) {
      String field = "attachments[" + i + "]";
      AttachmentUploadDto attachment = attachments.get(i);
      if (attachment == null) {
        violations.add(new FieldViolation(field, "An attachment needs kind, fileName and contentBase64."));
        continue;
      }
      byte[] content = content(field + ".contentBase64", attachment.contentBase64(), maxBytes, violations);
      if (content != null) {
        uploads.add(new AttachmentUpload(attachment.kind(), attachment.fileName(), content));
      }
    }
    return uploads;
  }

  private static byte[] content(String field, String base64, long maxBytes, List<FieldViolation> violations) {
    if (base64 == null || base64.isBlank()) {
      violations.add(new FieldViolation(field, "The file's content is required, base64-encoded."));
      return null;
    }
    // MIME-style line breaks are common in what other systems send; they carry no data
    String text = WHITE_SPACE.matcher(base64).replaceAll("");
    long decodedLength = decodedLength(text);
    if (decodedLength > maxBytes) {
      violations.add(new FieldViolation(field, tooLarge(decodedLength, maxBytes)));
      return null;
    }
    try {
      byte[] content = Base64.getDecoder().decode(text);
      if (content.length == 0) {
        violations.add(new FieldViolation(field, "The file is empty."));
        return null;
      }
      return content;
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation(field, "Not valid base64 (RFC 4648, standard alphabet): " + e.getMessage()));
      return null;
    }
  }

  /** The decoded size the text announces; exact for valid base64, an estimate otherwise. */
  static long decodedLength(String text) {
    long length = text.length();
    int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    return Math.max(0, length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1) - padding);
  }

  static String tooLarge(long size, long maxBytes) {
    return String.format(
        Locale.ROOT,
        "The file is %.1f MiB; an attachment may be at most %.1f MiB (%d bytes).",
        size / MIB,
        maxBytes / MIB,
        maxBytes);
  }
}
