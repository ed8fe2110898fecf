package org.spinecase.interfaces.workup.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spinecase.application.DocumentDownload;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.WorkupService;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.interfaces.shared.http.ContentDisposition;
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
    DocumentDownload download;
    try {
      download = workups.report(caseId, study.intValue());
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException | IllegalTransitionException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(response, download.content(), download.type().mediaType(),
        ContentDisposition.attachment(download.fileName(), download.type().name()));
  }
}
