package org.spinecase.interfaces.workup.web;

import java.util.Optional;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * The first look at a study report as it arrives, as the service looks again on saving: not
 * empty, within the clinic's size limit, and a PDF, JPEG or PNG by its content (not its name).
 */
final class ReportCheck {

  private ReportCheck() {}

  static Optional<String> problem(String fileName, byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      return Optional.of(PageMessages.text("wu", "report.empty", fileName));
    }
    if (content.length > maxBytes) {
      return Optional.of(PageMessages.text("wu", "report.tooLarge", fileName, maxBytes / (1024 * 1024)));
    }
    if (DocumentType.sniff(content).isEmpty()) {
      return Optional.of(PageMessages.text("wu", "report.wrongType", fileName));
    }
    return Optional.empty();
  }
}
