package org.spinecase.interfaces.referral.web;

import org.spinecase.interfaces.shared.http.ContentDisposition;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spinecase.application.AttachmentDownload;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.ReferralService;
import org.spinecase.interfaces.shared.web.ErrorPages;

/**
 * /referrals/attachment?id=: one document of a referral. Whether the caller may see it is the
 * service's decision (care team, triage pool, coordinator, break-glass); anything else is answered
 * exactly like an id that does not exist, and the attempt is logged there.
 */
@WebServlet("/referrals/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ReferralService referrals;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Long id = ErrorPages.parseId(request.getParameter("id"));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentDownload download;
    try {
      download = referrals.download(id);
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(
        response,
        download.content(),
        download.type().mediaType(),
        ContentDisposition.attachment(download.fileName(), download.type().name()));
  }
}
