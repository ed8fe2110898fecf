package org.spinecase.interfaces.patient.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecase.application.FieldViolation;
import org.spinecase.interfaces.shared.web.FieldMessages;

/**
 * Shows the service's verdict on a form next to the fields it names. The service speaks in
 * property paths ("familyName", "surgeries[1].levels"); the pages name their inputs the same way,
 * with the rows of prior surgeries in a ui:repeat called "surgery" ("patient:surgery:1:levels").
 * A violation of the form as a whole goes to the summary at the top.
 */
final class FieldViolationMessages {

  private static final Pattern SURGERY_ROW = Pattern.compile("^surgeries\\[(\\d+)]\\.(\\w+)$");

  private FieldViolationMessages() {}

  static void show(String formId, List<FieldViolation> violations) {
    FieldMessages.show(formId, violations, FieldViolationMessages::componentPath);
  }

  static String componentPath(String field) {
    Matcher row = SURGERY_ROW.matcher(field);
    return row.matches() ? "surgery:" + row.group(1) + ":" + row.group(2) : field;
  }
}
