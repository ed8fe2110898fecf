package org.spinecase.interfaces.referral.web;

import org.spinecase.interfaces.shared.http.ContentDisposition;
import org.spinecase.interfaces.shared.http.Downloads;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.ReferralService;
import org.spinecase.interfaces.shared.web.ErrorPages;

/**
 * /referrals/decline-letter?id=: the letter to the referring clinician of a declined referral, as
 * PDF for printing. The service checks access and logs the print.
 */
@WebServlet("/referrals/decline-letter")
public class DeclineLetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String PDF = "application/pdf";

  @Inject private ReferralService referrals;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Long id = ErrorPages.parseId(request.getParameter("id"));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] letter;
    try {
      letter = referrals.declineLetter(id);
    } catch (RecordNotFoundException | InvalidInputException e) {
      // no such referral, not visible, or not declined: there is no letter at this address
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(
        response, letter, PDF, ContentDisposition.attachment("referral-" + id + "-decline-letter", "pdf"));
  }
}
