package org.spinecase.interfaces.shared.web;

import java.util.List;
import java.util.function.UnaryOperator;
import org.spinecase.application.FieldViolation;

/**
 * Shows the service's (or the domain's) verdict on a form next to the fields it names, and in the
 * one summary at the top. Each page says how a violation's field (a property path such as
 * "surgeries[1].levels") names its component inside the form; a violation without a field, or of
 * a field the page does not show, goes to the summary only. The input stays in the form.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /**
   * @param componentFor the component id inside the form for a field, or {@code null} for the
   *     summary only
   */
  public static void show(String formId, List<FieldViolation> violations, UnaryOperator<String> componentFor) {
    for (FieldViolation violation : violations) {
      String component = violation.field() == null || violation.field().isBlank()
          ? null : componentFor.apply(violation.field());
      if (component == null) {
        PageMessages.error(violation.message());
      } else {
        PageMessages.fieldError(formId + ":" + component, violation.message());
      }
    }
  }
}
