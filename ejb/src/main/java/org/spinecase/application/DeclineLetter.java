package org.spinecase.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.Referrer;
import org.spinecase.infrastructure.pdf.TextPdf;

/**
 * The letter that tells a referrer their referral was declined and why: the patient named so that
 * the referrer files it correctly, the question as they asked it, and the reason as the triaging
 * clinician wrote it.
 */
final class DeclineLetter {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private DeclineLetter() {}

  static byte[] pdf(Referral referral, String signedBy, LocalDate today) {
    return TextPdf.of(lines(referral, signedBy, today));
  }

  static List<String> lines(Referral referral, String signedBy, LocalDate today) {
    Referrer referrer = referral.getReferrer();
    Patient patient = referral.getPatient();
    List<String> lines = new ArrayList<>();
    lines.add("Spine clinic - SpineCase");
    lines.add("");
    lines.add(referrer.getName());
    addIfPresent(lines, referrer.getOrganisation());
    addIfPresent(lines, referrer.getContact());
    lines.add("");
    lines.add(DATE.format(today));
    lines.add("");
    lines.add(
        "Re: "
            + patient.getDisplayName()
            + ", born "
            + DATE.format(patient.getDateOfBirth())
            + ", MRN "
            + patient.getMrn());
    lines.add(
        "Your referral of "
            + DATE.format(referral.getReceivedOn())
            + ": "
            + referral.getQuestion().label());
    lines.add("");
    lines.add("Dear " + referrer.getName() + ",");
    lines.add("");
    lines.add(
        "Thank you for referring this patient to our spine clinic. We have reviewed the"
            + " referral and are not able to accept it, for the following reason:");
    lines.add("");
    lines.add(referral.getDeclineReason());
    lines.add("");
    lines.add(
        "Please do not hesitate to refer the patient again should their situation change,"
            + " or contact us to discuss.");
    lines.add("");
    lines.add("Yours sincerely,");
    lines.add("");
    lines.add(signedBy);
    if (referral.getTriagedAt() != null) {
      lines.add(
          "Triaged on " + DATE.format(referral.getTriagedAt().atZone(ZoneId.systemDefault())));
    }
    return lines;
  }

  private static void addIfPresent(List<String> lines, String text) {
    if (text != null) {
      lines.add(text);
    }
  }
}
