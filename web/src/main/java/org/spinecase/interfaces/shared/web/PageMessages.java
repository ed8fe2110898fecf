package org.spinecase.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages a backing bean shows at the top of the page or next to a field, with their text
 * from one of the bundles declared in faces-config.xml (by its EL name, e.g. "pt"), so that a
 * translation file is all a second language needs.
 */
public final class PageMessages {

  private PageMessages() {}

  public static String text(String bundle, String key, Object... params) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle texts = context.getApplication().getResourceBundle(context, bundle);
    try {
      String pattern = texts.getString(key);
      return params.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(params);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  public static void warn(String text) {
    add(null, FacesMessage.SEVERITY_WARN, text);
  }

  public static void error(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Next to the field with this client id (and in the summary at the top). */
  public static void fieldError(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Next to the field the detail (what is wrong), in the summary at the top the summary (which
   * field, what is wrong): for fields that have no visible label of their own, like grid cells.
   */
  public static void fieldError(String clientId, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Shown on the page the user is redirected to, e.g. "Patient registered with MRN …". */
  public static void infoAfterRedirect(String text) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    info(text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
