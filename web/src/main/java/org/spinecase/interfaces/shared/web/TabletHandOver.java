package org.spinecase.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The lock on a tablet handed to the patient. The clinician's session stays signed in while the
 * patient answers, so the session itself carries the lock: while it is set, HandOverFilter lets the
 * session reach only that one questionnaire, and only the clinician's credentials (HandBackServlet
 * ends the session at Keycloak) open the clinic's pages again.
 */
public final class TabletHandOver {

  static final String TABLET_PAGE = "/outcomes/tablet.xhtml";
  private static final String LOCKED_RESPONSE = TabletHandOver.class.getName() + ".response";

  private TabletHandOver() {}

  /** Opening the tablet page hands the tablet over: from now on it shows only this response. */
  public static void lock(long responseId) {
    FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(LOCKED_RESPONSE, responseId);
  }

  /** The response the session is locked to, or null when no tablet is handed over. */
  static Long lockedResponse(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (Long) session.getAttribute(LOCKED_RESPONSE);
  }

  static String questionnaire(HttpServletRequest request, long responseId) {
    return request.getContextPath() + TABLET_PAGE + "?response=" + responseId;
  }
}
