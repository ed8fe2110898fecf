package org.spinecase.interfaces.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spinecase.application.RecordNotFoundException;

/**
 * Turns what a page cannot recover from into the friendly error pages, inside the frame and
 * never with a stack trace.
 *
 * <p>A missing (or hidden) record becomes the 404 page and a role the service refused becomes the
 * 403 page, whether the page was opened or posted. A view state that cannot be restored (the
 * session expired, or the form's state was damaged or forged) leads to the page that asks to open
 * it again, without a stack trace or a log entry. Other failures of full-page requests are left
 * to the container's error pages in web.xml; failures of Ajax requests would otherwise vanish
 * silently (the browser ignores a partial response error), so they redirect to the 500 page.
 * Conflicts and invalid input are not here: the backing beans show them next to the form.
 */
public class ClinicExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ClinicExceptionHandler.class.getName());

  public ClinicExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      ErrorPage page = pageFor(context, thrown);
      if (page != null && !context.getExternalContext().isResponseCommitted()) {
        events.remove();
        show(context, page);
        break;
      }
    }
    getWrapped().handle();
  }

  private static ErrorPage pageFor(FacesContext context, Throwable thrown) {
    if (causeOf(thrown, RecordNotFoundException.class)) {
      LOG.fine(() -> "Record not found or not visible: " + thrown.getMessage());
      return ErrorPage.NOT_FOUND;
    }
    if (causeOf(thrown, EJBAccessException.class)) {
      LOG.fine(() -> "Refused by the service's role check: " + thrown.getMessage());
      return ErrorPage.FORBIDDEN;
    }
    if (causeOf(thrown, ViewExpiredException.class) || restoringPostedView(context)) {
      // an expired session, or a view state that was never ours (a forged or damaged form): the
      // user opens the page again, and there is nothing to log
      LOG.fine(() -> "View state not restorable: " + thrown.getMessage());
      return ErrorPage.EXPIRED;
    }
    if (!context.getPartialViewContext().isAjaxRequest()) {
      return null;
    }
    LOG.log(Level.SEVERE, "Unexpected failure of an Ajax request", thrown);
    return ErrorPage.INTERNAL;
  }

  /** Whether the failure came while restoring a posted form's view from its view state. */
  private static boolean restoringPostedView(FacesContext context) {
    return context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
        && context.getExternalContext().getRequestParameterMap().containsKey("jakarta.faces.ViewState");
  }

  private static void show(FacesContext context, ErrorPage page) {
    ExternalContext external = context.getExternalContext();
    try {
      if (context.getPartialViewContext().isAjaxRequest() || page.redirect) {
        external.responseReset();
        external.redirect(external.getRequestContextPath() + page.path);
      } else {
        // the container renders the page from web.xml with the right status code
        external.responseSendError(page.status, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private static boolean causeOf(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private enum ErrorPage {
    NOT_FOUND(HttpServletResponse.SC_NOT_FOUND, "/errors/404.xhtml", false),
    FORBIDDEN(HttpServletResponse.SC_FORBIDDEN, "/errors/403.xhtml", false),
    // a page of its own rather than an error status: opening the page again is all there is to do
    EXPIRED(HttpServletResponse.SC_OK, "/errors/expired.xhtml", true),
    INTERNAL(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "/errors/500.xhtml", false);

    private final int status;
    private final String path;
    private final boolean redirect;

    ErrorPage(int status, String path, boolean redirect) {
      this.status = status;
      this.path = path;
      this.redirect = redirect;
    }
  }
}
