package org.spinecase.interfaces.workup.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spinecase.application.ScoreRow;
import org.spinecase.application.WorkupSummary;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.SeriesRow;
import org.spinecase.application.WorkupView.SignatureRow;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.ClusterResult;
import org.spinecase.domain.model.workup.Dermatome;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.Myotome;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.NeuralTensionTest;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.Reflex;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.SideGrid;
import org.spinecase.domain.model.workup.SideSign;
import org.spinecase.domain.model.workup.SiProvocationTest;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.TensionFinding;
import org.spinecase.domain.model.workup.TestCluster;
import org.spinecase.domain.model.workup.WaddellSign;
import org.spinecase.domain.model.workup.WalkingTest;
import org.spinecase.interfaces.workup.rest.dto.AddendumDto;
import org.spinecase.interfaces.workup.rest.dto.BlockDto;
import org.spinecase.interfaces.workup.rest.dto.BlockSeriesDto;
import org.spinecase.interfaces.workup.rest.dto.CauseDto;
import org.spinecase.interfaces.workup.rest.dto.CausesDto;
import org.spinecase.interfaces.workup.rest.dto.ClusterDto;
import org.spinecase.interfaces.workup.rest.dto.CodeLabelDto;
import org.spinecase.interfaces.workup.rest.dto.DiagnosisDto;
import org.spinecase.interfaces.workup.rest.dto.EvidenceDto;
import org.spinecase.interfaces.workup.rest.dto.ExaminationDto;
import org.spinecase.interfaces.workup.rest.dto.FindingsDto;
import org.spinecase.interfaces.workup.rest.dto.FunctionAndMovementDto;
import org.spinecase.interfaces.workup.rest.dto.GradeSidesDto;
import org.spinecase.interfaces.workup.rest.dto.HistoryDto;
import org.spinecase.interfaces.workup.rest.dto.Icd11Dto;
import org.spinecase.interfaces.workup.rest.dto.MedicationDto;
import org.spinecase.interfaces.workup.rest.dto.PriorTreatmentDto;
import org.spinecase.interfaces.workup.rest.dto.PsychologicalEvaluationDto;
import org.spinecase.interfaces.workup.rest.dto.PsychosocialDto;
import org.spinecase.interfaces.workup.rest.dto.RedFlagsDto;
import org.spinecase.interfaces.workup.rest.dto.SectionDto;
import org.spinecase.interfaces.workup.rest.dto.SidesDto;
import org.spinecase.interfaces.workup.rest.dto.SignatureDto;
import org.spinecase.interfaces.workup.rest.dto.StudyDto;
import org.spinecase.interfaces.workup.rest.dto.SummaryCauseDto;
import org.spinecase.interfaces.workup.rest.dto.SummaryDto;
import org.spinecase.interfaces.workup.rest.dto.TensionDto;
import org.spinecase.interfaces.workup.rest.dto.TensionSidesDto;
import org.spinecase.interfaces.workup.rest.dto.WorkupDto;
import org.spinecase.interfaces.workup.rest.dto.WorkupScoreDto;

/**
 * Between the workup API's JSON and the workup service's view: each section in the shape it is
 * sent in, with what the server computes from it (MME, the SI and Waddell clusters, PI-LL, block
 * relief) added, so what a client reads back is what it may send again.
 */
final class WorkupAssembler {

  private WorkupAssembler() {}

  static WorkupDto toDto(WorkupView view, String basePath) {
    Function<EvidenceRef, String> describe = describer(view);
    return new WorkupDto(
        view.caseId(),
        view.workupId(),
        view.caseStatus() == null ? null : view.caseStatus().name(),
        view.caseStatus() == null ? null : view.caseStatus().label(),
        view.isSigned(),
        toDto(view.signature()),
        view.mayEdit(),
        view.maySign(),
        view.signingBlockers(),
        view.redFlags(),
        view.sections().stream().map(s -> toDto(s, describe)).toList(),
        view.studies().stream().map(s -> toDto(s, basePath)).toList(),
        view.blocks().stream().map(WorkupAssembler::toDto).toList(),
        view.blockSeries().stream().map(WorkupAssembler::toDto).toList(),
        view.addenda().stream().map(WorkupAssembler::toDto).toList(),
        view.psychosocialScores().stream().map(WorkupAssembler::toDto).toList());
  }

  /** "Study 1: MRI with and without gadolinium L5-S1", from the studies and blocks of the view. */
  static Function<EvidenceRef, String> describer(WorkupView view) {
    return ref -> switch (ref.kind()) {
      case STUDY -> view.study((int) ref.id())
          .map(s -> "Study " + s.number() + ": " + s.type().label()
              + (s.levels() == null ? "" : " " + s.levels()))
          .orElse("Study " + ref.id());
      case BLOCK -> view.block((int) ref.id())
          .map(b -> "Block " + b.number() + ": " + b.block().target().label()
              + (b.bestRelief() == null ? "" : ", best relief " + Math.round(b.bestRelief()) + " %"))
          .orElse("Block " + ref.id());
    };
  }

  static SectionDto toDto(SectionState state, Function<EvidenceRef, String> describe) {
    return new SectionDto(
        state.section().name(),
        state.label(),
        state.complete(),
        state.missing(),
        state.savedBy(),
        state.savedAt(),
        state.version() < 0 ? null : state.version(),
        state.mayWrite(),
        content(state.content(), describe));
  }

  static Object content(SectionContent content, Function<EvidenceRef, String> describe) {
    if (content == null) {
      return null;
    }
    if (content instanceof History history) {
      return toDto(history);
    }
    if (content instanceof RedFlagChecklist checklist) {
      return toDto(checklist);
    }
    if (content instanceof Examination examination) {
      return toDto(examination);
    }
    if (content instanceof CausesAndDiagnosis causes) {
      return toDto(causes, describe);
    }
    if (content instanceof PsychosocialScreening screening) {
      Map<String, Long> responses = new LinkedHashMap<>();
      screening.responses().forEach((instrument, id) -> responses.put(instrument.name(), id));
      return new PsychosocialDto(responses, name(screening.substanceUse()), screening.expectations());
    }
    if (content instanceof FunctionAndMovement function) {
      return new FunctionAndMovementDto(
          function.walkingToleranceMinutes(), function.sittingToleranceMinutes(), function.assessment());
    }
    if (content instanceof PsychologicalEvaluation evaluation) {
      return new PsychologicalEvaluationDto(evaluation.assessment());
    }
    throw new IllegalArgumentException("No JSON for " + content.getClass().getSimpleName());
  }

  static HistoryDto toDto(History history) {
    return new HistoryDto(
        name(history.indication()),
        name(history.imagingConcordance()),
        name(history.painFreeInterval()),
        history.backLegShare() == null ? null : history.backLegShare().backPercent(),
        history.backLegShare() == null ? null : history.backLegShare().legPercent(),
        names(history.neuropathicDescriptors()),
        history.priorTreatments().stream()
            .map(t -> new PriorTreatmentDto(t.type().name(), t.response().name()))
            .toList(),
        history.medications() == null ? null
            : history.medications().stream().map(WorkupAssembler::toDto).toList(),
        history.mmePerDay(),
        name(history.workStatus()),
        name(history.litigation()),
        name(history.compensation()),
        names(history.goals()),
        history.expectations());
  }

  private static MedicationDto toDto(Medication medication) {
    var dose = medication.opioidDose();
    return new MedicationDto(
        medication.name(),
        medication.medicationClass().name(),
        dose == null ? null : dose.opioid().name(),
        dose == null ? null : dose.amount(),
        dose == null ? null : dose.opioid().unit().label(),
        dose == null ? null : dose.timesPerDay(),
        medication.mmePerDay().orElse(null));
  }

  static RedFlagsDto toDto(RedFlagChecklist checklist) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (RedFlagSign sign : RedFlagSign.values()) {
      checklist.answer(sign).ifPresent(result -> answers.put(sign.name(), result.name()));
    }
    return new RedFlagsDto(
        answers,
        null,
        checklist.urgentPlan().orElse(null),
        checklist.positiveFlags().stream().sorted()
            .map(flag -> new CodeLabelDto(flag.name(), flag.label()))
            .toList());
  }

  static ExaminationDto toDto(Examination exam) {
    return new ExaminationDto(
        tension(exam.tension()),
        coded(exam.sensation(), Dermatome.values()),
        graded(exam.power(), Myotome.values(), m -> m.value()),
        graded(exam.reflexes(), Reflex.values(), r -> r.value()),
        coded(exam.signs(), SideSign.values()),
        coded(exam.walking(), WalkingTest.values()),
        name(exam.gait()),
        cluster(exam.siProvocation(), SiProvocationTest.values()),
        cluster(exam.waddellSigns(), WaddellSign.values()),
        name(exam.wound()),
        null,
        toDto(exam.siProvocation(), exam.siCluster()),
        toDto(exam.waddellSigns(), exam.waddellResult()));
  }

  private static Map<String, TensionSidesDto> tension(SideGrid<NeuralTensionTest, TensionFinding> grid) {
    Map<String, TensionSidesDto> rows = new LinkedHashMap<>();
    for (NeuralTensionTest test : NeuralTensionTest.values()) {
      TensionDto left = grid.get(test, Side.LEFT).map(WorkupAssembler::toDto).orElse(null);
      TensionDto right = grid.get(test, Side.RIGHT).map(WorkupAssembler::toDto).orElse(null);
      if (left != null || right != null) {
        rows.put(test.name(), new TensionSidesDto(left, right));
      }
    }
    return rows;
  }

  private static TensionDto toDto(TensionFinding finding) {
    return new TensionDto(finding.result().name(), finding.angleDegrees());
  }

  private static <K extends Enum<K>, V extends Enum<V>> Map<String, SidesDto> coded(
      SideGrid<K, V> grid, K[] rows) {
    Map<String, SidesDto> read = new LinkedHashMap<>();
    for (K row : rows) {
      String left = grid.get(row, Side.LEFT).map(Enum::name).orElse(null);
      String right = grid.get(row, Side.RIGHT).map(Enum::name).orElse(null);
      if (left != null || right != null) {
        read.put(row.name(), new SidesDto(left, right));
      }
    }
    return read;
  }

  private static <K extends Enum<K>, V> Map<String, GradeSidesDto> graded(
      SideGrid<K, V> grid, K[] rows, Function<V, Integer> value) {
    Map<String, GradeSidesDto> read = new LinkedHashMap<>();
    for (K row : rows) {
      Integer left = grid.get(row, Side.LEFT).map(value).orElse(null);
      Integer right = grid.get(row, Side.RIGHT).map(value).orElse(null);
      if (left != null || right != null) {
        read.put(row.name(), new GradeSidesDto(left, right));
      }
    }
    return read;
  }

  private static <K extends Enum<K>> Map<String, String> cluster(TestCluster<K> cluster, K[] tests) {
    Map<String, String> read = new LinkedHashMap<>();
    for (K test : tests) {
      cluster.result(test).ifPresent(result -> read.put(test.name(), result.name()));
    }
    return read;
  }

  private static ClusterDto toDto(TestCluster<?> cluster, ClusterResult result) {
    return new ClusterDto(
        cluster.positiveCount(), cluster.testCount(), cluster.threshold(), result.name(), result.label());
  }

  static CausesDto toDto(CausesAndDiagnosis causes, Function<EvidenceRef, String> describe) {
    return new CausesDto(
        causes.causes().stream().map(c -> toDto(c, describe)).toList(),
        causes.diagnosis() == null ? null : toDto(causes.diagnosis()));
  }

  private static CauseDto toDto(CauseFinding cause, Function<EvidenceRef, String> describe) {
    return new CauseDto(
        cause.cause().name(),
        cause.cause().label(),
        cause.levels().stream().map(Levels::text).toList(),
        name(cause.side()),
        names(cause.basis()),
        cause.evidence().stream()
            .map(ref -> new EvidenceDto(ref.kind().name(), ref.id(), describe.apply(ref)))
            .toList(),
        cause.certainty().name(),
        name(cause.timing()),
        cause.surgicallyAddressable());
  }

  private static DiagnosisDto toDto(Diagnosis diagnosis) {
    return new DiagnosisDto(
        diagnosis.icd10().code(),
        diagnosis.icd10().label(),
        diagnosis.supplementary().stream().map(c -> c.code()).sorted().toList(),
        diagnosis.icd11() == null ? null
            : new Icd11Dto(diagnosis.icd11().stem(), diagnosis.icd11().extensions(),
                diagnosis.icd11().expression()),
        names(diagnosis.mechanisms()),
        names(diagnosis.guyerCategories()));
  }

  // --- studies and blocks ----------------------------------------------------------------------

  static StudyDto toDto(StudyRow study, String basePath) {
    return new StudyDto(
        study.number(),
        study.version(),
        study.type().name(),
        study.type().label(),
        study.status().name(),
        study.status().label(),
        study.isOutstanding(),
        study.levels(),
        study.orderedOn(),
        study.orderedBy(),
        study.resultedOn(),
        toDto(study.findings()),
        study.hasReport(),
        study.reportFileName(),
        study.hasReport() && basePath != null ? basePath + "/studies/" + study.number() + "/report" : null);
  }

  static FindingsDto toDto(StudyFindings findings) {
    if (findings == null) {
      return null;
    }
    if (findings instanceof StudyFindings.Enhancement e) {
      return new FindingsDto(e.pattern().name(), names(e.compression()),
          null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    if (findings instanceof StudyFindings.Compression c) {
      return new FindingsDto(null, names(c.compression()),
          null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    if (findings instanceof StudyFindings.FusionCt f) {
      return new FindingsDto(null, null, f.fusionStatus().name(),
          f.screwLucency(), f.cageSubsidence(), null, null, null, null, null, null, null, null, null, null);
    }
    if (findings instanceof StudyFindings.Dynamic d) {
      return new FindingsDto(null, null, null, null, null,
          d.translationMm(), d.angulationDegrees(), null, null, null, null, null, null, null, null);
    }
    if (findings instanceof StudyFindings.Sagittal s) {
      return new FindingsDto(null, null, null, null, null, null, null,
          s.pelvicIncidence(), s.lumbarLordosis(), s.svaMm(), s.piMinusLl(), null, null, null, null);
    }
    if (findings instanceof StudyFindings.Electrodiagnostic emg) {
      return new FindingsDto(null, null, null, null, null, null,
          null, null, null, null, null, roots(emg.left()), roots(emg.right()), null, null);
    }
    StudyFindings.InflammatoryMarkers m = (StudyFindings.InflammatoryMarkers) findings;
    return new FindingsDto(null, null, null, null, null, null,
        null, null, null, null, null, null, null, m.esrMmPerHour(), m.crpMgPerL());
  }

  private static Map<String, String> roots(Map<NerveRoot, ?> roots) {
    Map<String, String> read = new LinkedHashMap<>();
    for (NerveRoot root : NerveRoot.values()) {
      Object finding = roots.get(root);
      if (finding != null) {
        read.put(root.name(), ((Enum<?>) finding).name());
      }
    }
    return read;
  }

  static BlockDto toDto(BlockRow row) {
    DiagnosticBlock block = row.block();
    Map<String, Integer> post = new LinkedHashMap<>();
    Map<String, Double> relief = new LinkedHashMap<>();
    for (ReadingTime time : ReadingTime.values()) {
      Integer nrs = block.postNrs().get(time);
      if (nrs != null) {
        post.put(time.name(), nrs);
      }
    }
    row.reliefs().forEach(r -> relief.put(r.time().name(), round(r.percent())));
    return new BlockDto(
        (long) row.number(),
        row.version(),
        block.performedOn(),
        block.target().type().name(),
        block.target().levels().text(),
        block.target().side().name(),
        block.target().label(),
        block.guidance().name(),
        block.agent().name(),
        block.volumeMl(),
        block.sedation().name(),
        block.isConfoundedBySedation(),
        block.preNrs(),
        post,
        relief,
        row.bestRelief() == null ? null : round(row.bestRelief()),
        block.bestReliefAt().map(Enum::name).orElse(null),
        block.reliefDurationHours(),
        block.concordance().name(),
        names(block.complications()));
  }

  /** Relief to one decimal place: 2 of 3 is 66.7 %. */
  private static double round(double percent) {
    return Math.round(percent * 10) / 10.0;
  }

  static BlockSeriesDto toDto(SeriesRow series) {
    return new BlockSeriesDto(
        series.target(), series.blockNumbers(), series.comparative(), series.thresholdPercent(),
        series.meetsThreshold());
  }

  static SignatureDto toDto(SignatureRow signature) {
    return signature == null ? null
        : new SignatureDto(signature.username(), signature.name(), signature.discipline(), signature.at());
  }

  static AddendumDto toDto(AddendumRow addendum) {
    return new AddendumDto(
        addendum.id(),
        name(addendum.concerns()),
        addendum.getConcernsLabel(),
        addendum.text(),
        toDto(addendum.signature()));
  }

  static WorkupScoreDto toDto(ScoreRow row) {
    return new WorkupScoreDto(
        row.responseId(), row.instrumentCode(), row.instrumentName(), row.administeredOn(), row.total(),
        row.band(), row.flags());
  }

  static SummaryDto toDto(WorkupSummary summary) {
    return new SummaryDto(
        summary.caseId(),
        summary.patientName(),
        summary.medicalRecordNumber(),
        summary.caseStatus(),
        summary.causes().stream()
            .map(c -> new SummaryCauseDto(c.cause(), c.levels(), c.side(), c.certainty(), c.timing(),
                c.surgicallyAddressable(), c.excluded(), c.basis(), c.evidence()))
            .toList(),
        summary.redFlags(),
        summary.latestScores().stream().map(WorkupAssembler::toDto).toList(),
        summary.openQuestions(),
        summary.diagnosisCodes(),
        summary.painMechanisms(),
        summary.functionAndMovement(),
        summary.psychologicalEvaluation(),
        summary.isSigned(),
        toDto(summary.signature()),
        summary.addenda().stream().map(WorkupAssembler::toDto).toList());
  }

  // --- codes -----------------------------------------------------------------------------------

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    if (values != null) {
      values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(Enum::name).forEach(names::add);
    }
    return names;
  }
}
