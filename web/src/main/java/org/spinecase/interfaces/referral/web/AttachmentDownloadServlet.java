package org.spinecase.interfaces.referral.web;

import org.spinecase.interfaces.shared.http.ContentDisposition;
import org.spinecase.interfaces.shared.http.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spinecase.application.AttachmentDownload;
import java.util.Optional;
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
    Optional<AttachmentDownload> download = Downloads.fetch(response, () -> referrals.download(id));
    if (download.isPresent()) {
      AttachmentDownload d = download.get();
      Downloads.send(response, d.content(), d.type().mediaType(),
          ContentDisposition.attachment(d.fileName(), d.type().name()));
    }
  }
}
