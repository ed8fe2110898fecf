package org.spinecase.interfaces.referral.rest;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;

/**
 * The service names refused fields as the intake form has them ("referrerName",
 * "newPatient.familyName") and triage's by its parameters ("what", "teamUsernames"); the API's
 * client wrote "referrer.name", "patient.familyName", "informationRequested" and "team".
 * Renamed here so that a 400 points at the JSON the client sent.
 */
final class ReferralFields {

  private static final Pattern ATTACHMENT_CONTENT = Pattern.compile("^(attachments\\[\\d+\\])\\.content$");

  private ReferralFields() {}

  static <T> T named(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getViolations().stream().map(v -> new FieldViolation(jsonField(v.field()), v.message())).toList());
    }
  }

  static String jsonField(String formField) {
    if (formField == null) {
      return null;
    }
    if (formField.equals("newPatient")) {
      return "patient";
    }
    if (formField.startsWith("newPatient.")) {
      return "patient." + formField.substring("newPatient.".length());
    }
    Matcher content = ATTACHMENT_CONTENT.matcher(formField);
    if (content.matches()) {
      return content.group(1) + ".contentBase64";
    }
    return switch (formField) {
      case "referrerName" -> "referrer.name";
      case "referrerOrganisation" -> "referrer.organisation";
      case "referrerContact" -> "referrer.contact";
      // triage: the service's parameter names
      case "what" -> "informationRequested";
      case "teamUsernames" -> "team";
      default -> formField;
    };
  }
}
