package org.spinecase.interfaces.workup.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.spinecase.application.WorkupService;
import org.spinecase.interfaces.shared.http.ContentDisposition;
import org.spinecase.interfaces.shared.http.Downloads;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.ReaderLocale;

/**
 * /workup/summary.pdf?case=: the one-page workup summary as PDF, saved by the browser. The service
 * checks access and logs the export.
 */
@WebServlet("/workup/summary.pdf")
public class WorkupSummaryPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupService workups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Long caseId = ErrorPages.parseId(request.getParameter("case"));
    if (caseId == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale reader = ReaderLocale.of(Collections.list(request.getLocales()));
    Optional<byte[]> pdf = Downloads.fetch(response, () -> workups.summaryPdf(caseId, reader));
    if (pdf.isPresent()) {
      Downloads.send(response, pdf.get(), "application/pdf",
          ContentDisposition.attachment("case-" + caseId + "-workup-summary", "pdf"));
    }
  }
}
