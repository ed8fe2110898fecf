package org.spinecase.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinecase.application.WorkupSummary.CauseRow;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.Study;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.domain.model.workup.WorkupSheet;

/**
 * The one-page summary of a workup: built from the rebuilt sheet in memory, and written out as the
 * lines of the PDF, so the screen and the paper say the same.
 */
final class WorkupSummaries {

  private WorkupSummaries() {}

  static WorkupSummary of(StoredWorkup stored, List<ScoreRow> latestScores) {
    CaseFile caseFile = stored.caseFile();
    WorkupSheet sheet = stored.sheet();
    Patient patient = caseFile.getPatient();
    Optional<CausesAndDiagnosis> causes = sheet.causes();
    Optional<Diagnosis> diagnosis = causes.map(CausesAndDiagnosis::diagnosis);
    return new WorkupSummary(
        caseFile.getId(),
        patient.getDisplayName(),
        patient.getMrn(),
        caseFile.getStatus().label(),
        causes.map(c -> c.causes().stream().map(cause -> cause(sheet, cause)).toList())
            .orElse(List.of()),
        sheet.redFlags().stream().sorted().map(RedFlag::label).toList(),
        latestScores,
        openQuestions(sheet),
        diagnosis.map(WorkupSummaries::codes).orElse(List.of()),
        diagnosis
            .map(
                d ->
                    d.mechanisms().stream()
                        .sorted()
                        .map(PainMechanism::label)
                        .collect(Collectors.joining(", ")))
            .orElse(null),
        sheet
            .content(WorkupSection.FUNCTION_AND_MOVEMENT)
            .map(c -> function((FunctionAndMovement) c))
            .orElse(null),
        sheet
            .content(WorkupSection.PSYCHOLOGICAL_EVALUATION)
            .map(c -> ((PsychologicalEvaluation) c).assessment())
            .orElse(null),
        sheet.signature().map(s -> WorkupViews.signature(caseFile, s)).orElse(null),
        stored.addenda().stream().map(a -> WorkupViews.addendum(caseFile, a)).toList());
  }

  /** Every section still missing something, outstanding studies included, in sheet order. */
  private static List<String> openQuestions(WorkupSheet sheet) {
    List<String> open = new ArrayList<>();
    for (WorkupSection section : WorkupSection.values()) {
      if (!sheet.isComplete(section)) {
        open.add(WorkupViews.incomplete(sheet, section));
      }
    }
    return open;
  }

  private static CauseRow cause(WorkupSheet sheet, CauseFinding cause) {
    return new CauseRow(
        cause.cause().label(),
        cause.levels().stream().map(Levels::text).collect(Collectors.joining(", ")),
        cause.side() == null ? null : cause.side().label(),
        cause.certainty().label(),
        cause.timing() == null ? null : cause.timing().label(),
        cause.surgicallyAddressable(),
        cause.isExcluded(),
        cause.basis().stream().sorted().map(EvidenceBasis::label).collect(Collectors.joining(", ")),
        cause.evidence().stream().map(ref -> evidence(sheet, ref)).toList());
  }

  /** "Study 1: MRI with and without gadolinium L4-L5, resulted 2025-03-01: ...". */
  private static String evidence(WorkupSheet sheet, EvidenceRef ref) {
    if (ref.kind() == EvidenceRef.Kind.STUDY) {
      return sheet.studies().stream()
          .filter(s -> s.id() == ref.id())
          .findFirst()
          .map(WorkupSummaries::study)
          .orElse("Study " + ref.id());
    }
    return sheet.blocks().stream()
        .filter(b -> b.id() == ref.id())
        .findFirst()
        .map(WorkupSummaries::block)
        .orElse("Block " + ref.id());
  }

  private static String study(Study study) {
    String head =
        "Study " + study.id() + ": " + study.type().label()
            + (study.levels() == null ? "" : " " + study.levels());
    return study
        .result()
        .map(f -> head + ", resulted " + study.resultedOn() + ": " + FindingsText.of(f))
        .orElse(head + ", ordered " + study.orderedOn() + ", not resulted");
  }

  private static String block(DiagnosticBlock block) {
    String head =
        "Block " + block.id() + ": " + block.target().label() + " on " + block.performedOn()
            + " (" + block.agent().label() + ")";
    return block.bestReliefPercent().isPresent()
        ? head + String.format(Locale.ROOT, ", best relief %.0f %%", block.bestReliefPercent().getAsDouble())
        : head + ", no rating after the block yet";
  }

  private static List<String> codes(Diagnosis diagnosis) {
    List<String> codes = new ArrayList<>();
    codes.add("ICD-10 " + diagnosis.icd10().code() + " " + diagnosis.icd10().label());
    diagnosis.supplementary().stream()
        .sorted()
        .map((Icd10Code c) -> "ICD-10 " + c.code() + " " + c.label())
        .forEach(codes::add);
    if (diagnosis.icd11() != null) {
      codes.add("ICD-11 " + diagnosis.icd11().expression());
    }
    return codes;
  }

  private static String function(FunctionAndMovement function) {
    List<String> parts = new ArrayList<>();
    if (function.walkingToleranceMinutes() != null) {
      parts.add("Walking tolerance " + function.walkingToleranceMinutes() + " min");
    }
    if (function.sittingToleranceMinutes() != null) {
      parts.add("sitting tolerance " + function.sittingToleranceMinutes() + " min");
    }
    String tolerances = parts.isEmpty() ? "" : String.join(", ", parts) + ". ";
    return tolerances + (function.assessment() == null ? "" : function.assessment());
  }

  /** The summary as the lines of its PDF. */
  static List<String> lines(WorkupSummary summary) {
    List<String> lines = new ArrayList<>();
    lines.add("Second-opinion workup summary");
    lines.add(summary.patientName() + ", " + summary.medicalRecordNumber()
        + " - case " + summary.caseId() + " (" + summary.caseStatus() + ")");
    lines.add("");
    if (!summary.redFlags().isEmpty()) {
      lines.add("RED FLAGS: " + String.join(", ", summary.redFlags()));
      lines.add("");
    }
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
    lines.add("Diagnosis");
    if (summary.diagnosisCodes().isEmpty()) {
      lines.add("  not recorded");
    }
    summary.diagnosisCodes().forEach(c -> lines.add("  " + c));
    if (summary.painMechanisms() != null) {
      lines.add("  Pain mechanism: " + summary.painMechanisms());
    }
    lines.add("");
    lines.add("Latest scores");
    if (summary.latestScores().isEmpty()) {
      lines.add("  none recorded");
    }
    for (ScoreRow score : summary.latestScores()) {
      lines.add("  " + score.instrumentName() + " " + score.administeredOn() + ": "
          + (score.total() == null ? "not scorable" : number(score.total()))
          + (score.band() == null ? "" : " (" + score.band() + ")")
          + (score.flags() == null ? "" : " - " + score.flags()));
    }
    if (summary.functionAndMovement() != null) {
      lines.add("");
      lines.add("Function and movement (physiotherapy)");
      lines.add("  " + summary.functionAndMovement());
    }
    if (summary.psychologicalEvaluation() != null) {
      lines.add("");
      lines.add("Psychological evaluation");
      lines.add("  " + summary.psychologicalEvaluation());
    }
    lines.add("");
    lines.add("Open questions");
    if (summary.openQuestions().isEmpty()) {
      lines.add("  none");
    }
    summary.openQuestions().forEach(q -> lines.add("  " + q));
    lines.add("");
    lines.add(summary.signature() == null
        ? "Not signed."
        : "Signed by " + summary.signature().name() + " (" + summary.signature().discipline()
            + ") on " + summary.signature().at());
    for (WorkupView.AddendumRow addendum : summary.addenda()) {
      lines.add("Addendum " + addendum.signature().at() + " by " + addendum.signature().name()
          + " (" + addendum.getConcernsLabel() + "): " + addendum.text());
    }
    return lines;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
