package org.spinecase.interfaces.workup.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spinecase.application.DocumentDownload;
import java.util.Optional;
import org.spinecase.application.WorkupService;
import org.spinecase.interfaces.shared.http.ContentDisposition;
import org.spinecase.interfaces.shared.http.Downloads;
import org.spinecase.interfaces.shared.web.ErrorPages;

/**
 * /workup/report?case=&study=: the report attached to a study. Whether the caller may see it is
 * the service's decision; anything else is answered like a study without a report.
 */
@WebServlet("/workup/report")
public class StudyReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupService workups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Long caseId = ErrorPages.parseId(request.getParameter("case"));
    Long study = ErrorPages.parseId(request.getParameter("study"));
    if (caseId == null || study == null || study > Integer.MAX_VALUE) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<DocumentDownload> download = Downloads.fetch(response, () -> workups.report(caseId, study.intValue()));
    if (download.isPresent()) {
      DocumentDownload d = download.get();
      Downloads.send(response, d.content(), d.type().mediaType(),
          ContentDisposition.attachment(d.fileName(), d.type().name()));
    }
  }
}
