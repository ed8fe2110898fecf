package org.spinecase.interfaces.referral.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecase.application.FieldViolation;
import org.spinecase.interfaces.shared.web.FieldMessages;

/**
 * Shows the service's verdict on a referral next to the field it names. The service speaks in
 * the form's property paths ("referrerName", "newPatient.familyName", "attachments[1].content");
 * the intake page names its inputs after them, inside the form "referral". A violation without
 * a field, or of a field the page does not show, goes to the summary at the top.
 */
final class ReferralViolations {

  private static final Pattern ATTACHMENT = Pattern.compile("^attachments\\[\\d+].*$");
  private static final Pattern NEW_PATIENT = Pattern.compile("^newPatient\\.(\\w+)$");

  private ReferralViolations() {}

  static void show(String formId, List<FieldViolation> violations) {
    FieldMessages.show(formId, violations, ReferralViolations::componentFor);
  }

  static String componentFor(String field) {
    if (field == null || field.isBlank()) {
      return null;
    }
    Matcher patientField = NEW_PATIENT.matcher(field);
    if (patientField.matches()) {
      return patientField.group(1);
    }
    if (ATTACHMENT.matcher(field).matches() || field.equals("attachments")) {
      return "upload";
    }
    return switch (field) {
      case "patientId", "newPatient" -> "patient";
      case "indexSurgeryId" -> "indexSurgery";
      case "redFlags" -> "urgency";
      case "referrerName", "referrerOrganisation", "referrerContact", "receivedOn", "channel",
          "question", "questionDetail", "urgency", "backPain", "legPain", "painDurationMonths" ->
          field;
      default -> null;
    };
  }
}
