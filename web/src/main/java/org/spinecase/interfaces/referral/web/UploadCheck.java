package org.spinecase.interfaces.referral.web;

import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.interfaces.shared.web.FileNames;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * The first look at an uploaded file, as the service will look at it again on saving: size within
 * the clinic's limit and the type from the content's magic bytes (a renamed .exe is not a PDF).
 * Here only so that the clinician hears about a wrong file at once, next to the upload, rather
 * than after filling in the rest of the form.
 */
final class UploadCheck {

  private UploadCheck() {}

  /** The file's name without any path a browser may send along (old Edge sends "C:\..."). */
  static String baseName(String submitted) {
    return FileNames.baseName(submitted, "attachment");
  }

  /** The problem in the clinic's words, or empty when the file may be attached. */
  static Optional<String> problem(String fileName, byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      return Optional.of(PageMessages.text("rf", "attachments.empty", fileName));
    }
    if (content.length > maxBytes) {
      return Optional.of(
          PageMessages.text(
              "rf",
              "attachments.tooLarge",
              fileName,
              FileSizes.format(content.length),
              FileSizes.format(maxBytes)));
    }
    if (DocumentType.sniff(content).isEmpty()) {
      return Optional.of(PageMessages.text("rf", "attachments.wrongType", fileName));
    }
    return Optional.empty();
  }

  static byte[] contentOf(UploadedFile file) {
    return file.getContent();
  }
}
