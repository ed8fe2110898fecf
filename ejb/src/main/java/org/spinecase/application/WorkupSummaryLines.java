package org.spinecase.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecase.application.WorkupSummary.CauseRow;
import org.spinecase.application.WorkupSummary.MdtFacts;

/**
 * The workup summary as the lines of its PDF, in the order of the page: who and what was asked,
 * red flags with the urgent plan and the safety alerts, causes, diagnosis, opioid load and
 * abnormal findings, scores, the assessments, the open questions, the signature and addenda. Dates
 * and scores are written by {@link ClinicFormat}, as on the screen.
 */
final class WorkupSummaryLines {

  private final List<String> lines = new ArrayList<>();
  private final Locale locale;

  private WorkupSummaryLines(Locale locale) {
    this.locale = locale;
  }

  static List<String> of(WorkupSummary summary, Locale locale) {
    return new WorkupSummaryLines(locale).write(summary);
  }

  private List<String> write(WorkupSummary summary) {
    MdtFacts mdt = summary.mdt();
    lines.add("Second-opinion workup summary");
    lines.add(summary.patientName() + ", born " + mdt.dateOfBirth() + ", "
        + summary.medicalRecordNumber() + " - case " + summary.caseId()
        + " (" + summary.caseStatus() + ")");
    lines.add("Referral question: " + mdt.referralQuestion());
    lines.add("");
    if (!summary.redFlags().isEmpty()) {
      lines.add("RED FLAGS: " + String.join(", ", summary.redFlags()));
      lines.add("Urgent plan: " + (mdt.urgentPlan() == null ? "NOT WRITTEN YET" : mdt.urgentPlan()));
      lines.add("");
    }
    if (!mdt.safetyAlerts().isEmpty()) {
      lines.add("Safety alerts");
      mdt.safetyAlerts().forEach(a -> lines.add("  " + a));
      lines.add("");
    }
    causes(summary);
    lines.add("Diagnosis");
    if (summary.diagnosisCodes().isEmpty()) {
      lines.add("  not recorded");
    }
    summary.diagnosisCodes().forEach(c -> lines.add("  " + c));
    if (summary.painMechanisms() != null) {
      lines.add("  Pain mechanism: " + summary.painMechanisms());
    }
    lines.add("");
    lines.add("Opioid load: " + (mdt.opioidLoad() == null ? "not recorded" : mdt.opioidLoad()));
    lines.add("Abnormal examination findings");
    if (mdt.abnormalFindings().isEmpty()) {
      lines.add("  none recorded");
    }
    mdt.abnormalFindings().forEach(f -> lines.add("  " + f));
    lines.add("");
    scores(summary);
    section("Function and movement (physiotherapy)", summary.functionAndMovement());
    section("Psychological evaluation", summary.psychologicalEvaluation());
    lines.add("");
    lines.add("Open questions");
    if (summary.openQuestions().isEmpty()) {
      lines.add("  none");
    }
    summary.openQuestions().forEach(q -> lines.add("  " + q));
    lines.add("");
    signature(summary);
    return lines;
  }

  private void causes(WorkupSummary summary) {
    lines.add("Causes");
    if (summary.causes().isEmpty()) {
      lines.add("  none recorded");
    }
    for (CauseRow cause : summary.causes()) {
      lines.add("- " + cause.cause()
          + (cause.levels().isEmpty() ? "" : " " + cause.levels())
          + (cause.side() == null ? "" : " " + cause.side().toLowerCase(Locale.ROOT))
          + ": " + cause.certainty().toLowerCase(Locale.ROOT)
          + (cause.timing() == null ? "" : ", " + cause.timing().toLowerCase(Locale.ROOT))
          + (cause.surgicallyAddressable() ? ", surgically addressable" : "")
          + (cause.basis().isEmpty() ? "" : "; basis: " + cause.basis()));
      cause.evidence().forEach(e -> lines.add("    " + e));
    }
    lines.add("");
  }

  private void scores(WorkupSummary summary) {
    lines.add("Latest scores");
    if (summary.latestScores().isEmpty()) {
      lines.add("  none recorded");
    }
    for (ScoreRow score : summary.latestScores()) {
      lines.add("  " + score.instrumentName() + " " + ClinicFormat.date(score.administeredOn(), locale)
          + ": " + (score.total() == null ? "not scorable"
              : ClinicFormat.score(score.instrumentCode(), score.total()))
          + (score.band() == null ? "" : " (" + score.band() + ")")
          + (score.flags() == null ? "" : " - " + score.flags()));
    }
  }

  private void section(String title, String text) {
    if (text != null) {
      lines.add("");
      lines.add(title);
      lines.add("  " + text);
    }
  }

  private void signature(WorkupSummary summary) {
    lines.add(summary.signature() == null
        ? "Not signed."
        : "Signed by " + summary.signature().name() + " (" + summary.signature().discipline()
            + ") on " + ClinicFormat.dateTime(summary.signature().at(), locale));
    for (WorkupView.AddendumRow addendum : summary.addenda()) {
      lines.add("Addendum " + ClinicFormat.dateTime(addendum.signature().at(), locale) + " by "
          + addendum.signature().name() + " (" + addendum.getConcernsLabel() + "): "
          + addendum.text());
    }
  }
}
