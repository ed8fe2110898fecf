package org.spinecase.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinecase.application.WorkupSummary.CauseRow;
import org.spinecase.application.WorkupSummary.MdtFacts;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.Study;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.domain.model.workup.WorkupSheet;

/**
 * The one-page summary of a workup, built from the rebuilt sheet in memory, with its dates in the
 * clinic's format ({@link ClinicFormat}) for the reader's locale; {@link WorkupSummaryLines} writes
 * it out as the lines of the PDF, so the screen and the paper say the same.
 */
final class WorkupSummaries {

  private WorkupSummaries() {}

  static WorkupSummary of(
      StoredWorkup stored, List<ScoreRow> latestScores, List<SafetyAlert> alerts, Locale locale) {
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
        causes.map(c -> c.causes().stream().map(cause -> cause(sheet, cause, locale)).toList())
            .orElse(List.of()),
        sheet.redFlags().stream().sorted().map(RedFlag::label).toList(),
        latestScores,
        openQuestions(sheet, locale),
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
        stored.addenda().stream().map(a -> WorkupViews.addendum(caseFile, a)).toList(),
        mdt(caseFile, sheet, alerts, locale));
  }

  private static MdtFacts mdt(
      CaseFile caseFile, WorkupSheet sheet, List<SafetyAlert> alerts, Locale locale) {
    Referral referral = caseFile.getReferral();
    String detail = referral.getQuestionDetail();
    return new MdtFacts(
        ClinicFormat.date(caseFile.getPatient().getDateOfBirth(), locale),
        referral.getQuestion().label() + (detail == null ? "" : ": " + detail),
        sheet.history().map(h -> ClinicFormat.mmePerDay(h.mmePerDay())).orElse(null),
        sheet.examination().map(Examination::abnormalFindings).orElse(List.of()),
        sheet.redFlagChecklist().flatMap(RedFlagChecklist::urgentPlan).orElse(null),
        alerts.stream().map(a -> alert(caseFile, a, locale)).toList());
  }

  /** "PHQ-9 safety alert raised 8 Dec 2026, 14:05; acknowledged by ... on ...: note". */
  private static String alert(CaseFile caseFile, SafetyAlert alert, Locale locale) {
    String raised =
        alert.getResponse().getInstrumentCode()
            + " safety alert raised "
            + ClinicFormat.dateTime(alert.getRaisedAt(), locale);
    if (alert.isOpen()) {
      return raised + "; open, not yet acknowledged";
    }
    return raised
        + "; acknowledged by "
        + WorkupViews.displayName(caseFile, alert.getAcknowledgedBy())
        + " on "
        + ClinicFormat.dateTime(alert.getAcknowledgedAt(), locale)
        + ": "
        + alert.getNote();
  }

  /**
   * Every section still missing something in sheet order, outstanding studies with the day they
   * were ordered.
   */
  private static List<String> openQuestions(WorkupSheet sheet, Locale locale) {
    List<String> open = new ArrayList<>();
    for (WorkupSection section : WorkupSection.values()) {
      if (section == WorkupSection.STUDIES && !sheet.outstandingStudies().isEmpty()) {
        open.add(section.label() + ": " + sheet.outstandingStudies().stream()
            .map(s -> s.type().label() + " ordered on " + ClinicFormat.date(s.orderedOn(), locale)
                + ", not resulted")
            .collect(Collectors.joining("; ")));
      } else if (!sheet.isComplete(section)) {
        open.add(WorkupViews.incomplete(sheet, section));
      }
    }
    return open;
  }

  private static CauseRow cause(WorkupSheet sheet, CauseFinding cause, Locale locale) {
    return new CauseRow(
        cause.cause().label(),
        cause.levels().stream().map(Levels::text).collect(Collectors.joining(", ")),
        cause.side() == null ? null : cause.side().label(),
        cause.certainty().label(),
        cause.timing() == null ? null : cause.timing().label(),
        cause.surgicallyAddressable(),
        cause.isExcluded(),
        cause.basis().stream().sorted().map(EvidenceBasis::label).collect(Collectors.joining(", ")),
        cause.evidence().stream().map(ref -> evidence(sheet, ref, locale)).toList());
  }

  /** "Study 1: MRI with and without gadolinium L4-L5, resulted 1 Mar 2025: ...". */
  private static String evidence(WorkupSheet sheet, EvidenceRef ref, Locale locale) {
    if (ref.kind() == EvidenceRef.Kind.STUDY) {
      return sheet.studies().stream()
          .filter(s -> s.id() == ref.id())
          .findFirst()
          .map(study -> study(study, locale))
          .orElse("Study " + ref.id());
    }
    return sheet.blocks().stream()
        .filter(b -> b.id() == ref.id())
        .findFirst()
        .map(block -> block(block, locale))
        .orElse("Block " + ref.id());
  }

  private static String study(Study study, Locale locale) {
    String head =
        "Study " + study.id() + ": " + study.type().label()
            + (study.levels() == null ? "" : " " + study.levels());
    return study
        .result()
        .map(
            f ->
                head
                    + ", resulted "
                    + ClinicFormat.date(study.resultedOn(), locale)
                    + ": "
                    + FindingsText.of(f))
        .orElse(
            head + ", ordered " + ClinicFormat.date(study.orderedOn(), locale) + ", not resulted");
  }

  private static String block(DiagnosticBlock block, Locale locale) {
    String head =
        "Block " + block.id() + ": " + block.target().label() + " on "
            + ClinicFormat.date(block.performedOn(), locale)
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
}
