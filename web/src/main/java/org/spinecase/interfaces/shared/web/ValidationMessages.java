package org.spinecase.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages from the application's message bundle (org.spinecase.i18n.validation), so that our
 * own converters speak with the same voice as the standard Faces ones.
 */
public final class ValidationMessages {

  private ValidationMessages() {}

  public static FacesMessage error(FacesContext context, String key, Object... params) {
    String text = format(context, key, params);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  public static String format(FacesContext context, String key, Object... params) {
    Locale locale = context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    String bundleName = context.getApplication().getMessageBundle();
    if (bundleName == null) {
      return key;
    }
    try {
      String pattern = ResourceBundle.getBundle(bundleName, locale).getString(key);
      return new MessageFormat(pattern, locale).format(params);
    } catch (MissingResourceException missing) {
      // a missing translation must never hide the user's error behind an exception page
      return key;
    }
  }

  /** The label Faces would use in its own messages: the label attribute, else the client id. */
  public static String label(FacesContext context, UIComponent component) {
    Object label = component.getAttributes().get("label");
    if (label == null || label.toString().isBlank()) {
      return component.getClientId(context);
    }
    return label.toString();
  }
}
