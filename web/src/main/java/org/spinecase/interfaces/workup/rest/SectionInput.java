package org.spinecase.interfaces.workup.rest;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.workup.BackLegShare;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.Dermatome;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.Gait;
import org.spinecase.domain.model.workup.GuyerCategory;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.Icd11Cluster;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.MedicationClass;
import org.spinecase.domain.model.workup.Myotome;
import org.spinecase.domain.model.workup.NeuralTensionTest;
import org.spinecase.domain.model.workup.NeuropathicDescriptor;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.OpioidDose;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.Performance;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.PriorTreatment;
import org.spinecase.domain.model.workup.PriorTreatmentType;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialInstrument;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.Reflex;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.Sensation;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.SideSign;
import org.spinecase.domain.model.workup.SiProvocationTest;
import org.spinecase.domain.model.workup.SubstanceUseScreen;
import org.spinecase.domain.model.workup.TensionFinding;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.domain.model.workup.TreatmentResponse;
import org.spinecase.domain.model.workup.WaddellSign;
import org.spinecase.domain.model.workup.WalkingTest;
import org.spinecase.domain.model.workup.WorkStatus;
import org.spinecase.domain.model.workup.WoundState;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.rest.ApiJson;
import org.spinecase.interfaces.workup.rest.dto.CauseDto;
import org.spinecase.interfaces.workup.rest.dto.CausesDto;
import org.spinecase.interfaces.workup.rest.dto.DiagnosisDto;
import org.spinecase.interfaces.workup.rest.dto.EvidenceDto;
import org.spinecase.interfaces.workup.rest.dto.ExaminationDto;
import org.spinecase.interfaces.workup.rest.dto.FunctionAndMovementDto;
import org.spinecase.interfaces.workup.rest.dto.GradeSidesDto;
import org.spinecase.interfaces.workup.rest.dto.HistoryDto;
import org.spinecase.interfaces.workup.rest.dto.MedicationDto;
import org.spinecase.interfaces.workup.rest.dto.PriorTreatmentDto;
import org.spinecase.interfaces.workup.rest.dto.PsychologicalEvaluationDto;
import org.spinecase.interfaces.workup.rest.dto.PsychosocialDto;
import org.spinecase.interfaces.workup.rest.dto.RedFlagsDto;
import org.spinecase.interfaces.workup.rest.dto.SidesDto;
import org.spinecase.interfaces.workup.rest.dto.TensionDto;
import org.spinecase.interfaces.workup.rest.dto.TensionSidesDto;

/**
 * The body of PUT .../workup/sections/{section} read into that section's content: the JSON is
 * bound to the section's DTO (a value of the wrong JSON type is 400 naming its field), then every
 * code, grade and range is checked by the domain and refused under the JSON field it came from.
 * Values the server computes (MME, relief, clusters) are ignored when sent.
 */
final class SectionInput {

  /** Created on first use, by the server's JSON binding. */
  private SectionInput() {}

  static SectionContent read(WorkupSection section, JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(null, "A JSON body with the section's content is required.");
    }
    Input in = new Input();
    SectionContent content =
        switch (section) {
          case HISTORY -> history(bind(body, HistoryDto.class), in);
          case RED_FLAGS -> redFlags(bind(body, RedFlagsDto.class), in);
          case EXAMINATION -> examination(bind(body, ExaminationDto.class), in);
          case CAUSES -> causes(bind(body, CausesDto.class), in);
          case PSYCHOSOCIAL -> psychosocial(bind(body, PsychosocialDto.class), in);
          case FUNCTION_AND_MOVEMENT -> function(bind(body, FunctionAndMovementDto.class), in);
          case PSYCHOLOGICAL_EVALUATION -> psychology(bind(body, PsychologicalEvaluationDto.class), in);
          case STUDIES, INJECTIONS -> throw new InvalidInputException("section",
              section.label() + " are recorded one by one: POST .../workup/"
                  + (section == WorkupSection.STUDIES ? "studies" : "blocks") + ".");
        };
    in.throwIfAny();
    return content;
  }

  private static <T> T bind(JsonObject body, Class<T> type) {
    return ApiJson.binding().fromJson(body.toString(), type);
  }

  // --- history ---------------------------------------------------------------------------------

  static History history(HistoryDto dto, Input in) {
    PreoperativeIndication indication = in.code(PreoperativeIndication.class, dto.indication(), "indication");
    ImagingConcordance concordance =
        in.code(ImagingConcordance.class, dto.imagingConcordance(), "imagingConcordance");
    PainFreeInterval interval = in.code(PainFreeInterval.class, dto.painFreeInterval(), "painFreeInterval");
    BackLegShare share = dto.backPercent() == null ? null
        : in.make("backPercent", () -> new BackLegShare(dto.backPercent()));
    Set<NeuropathicDescriptor> descriptors =
        in.codes(NeuropathicDescriptor.class, dto.neuropathicDescriptors(), "neuropathicDescriptors");
    List<PriorTreatment> treatments = new ArrayList<>();
    if (dto.priorTreatments() != null) {
      for (int i = 0; i < dto.priorTreatments().size(); i++) {
        String field = "priorTreatments[" + i + "]";
        PriorTreatmentDto t = dto.priorTreatments().get(i);
        if (t == null) {
          in.add(field, "A treatment needs its type and response.");
          continue;
        }
        PriorTreatmentType type = in.requiredCode(PriorTreatmentType.class, t.type(), field + ".type");
        TreatmentResponse response = in.requiredCode(TreatmentResponse.class, t.response(), field + ".response");
        if (type != null && response != null) {
          treatments.add(new PriorTreatment(type, response));
        }
      }
    }
    List<Medication> medications = null;
    if (dto.medications() != null) {
      medications = new ArrayList<>();
      for (int i = 0; i < dto.medications().size(); i++) {
        Medication medication = medication(dto.medications().get(i), "medications[" + i + "]", in);
        if (medication != null) {
          medications.add(medication);
        }
      }
    }
    WorkStatus work = in.code(WorkStatus.class, dto.workStatus(), "workStatus");
    ClaimStatus litigation = in.code(ClaimStatus.class, dto.litigation(), "litigation");
    ClaimStatus compensation = in.code(ClaimStatus.class, dto.compensation(), "compensation");
    Set<PatientGoal> goals = in.codes(PatientGoal.class, dto.goals(), "goals");
    List<Medication> current = medications;
    return in.make("", f -> f, () -> new History(indication, concordance, interval, share, descriptors,
        treatments, current, work, litigation, compensation, goals, dto.expectations()));
  }

  private static Medication medication(MedicationDto dto, String field, Input in) {
    if (dto == null) {
      in.add(field, "A medication needs its name and class.");
      return null;
    }
    Opioid opioid = dto.opioid() == null || dto.opioid().isBlank() ? null
        : Opioid.named(dto.opioid()).orElseGet(() -> in.code(Opioid.class, dto.opioid(), field + ".opioid"));
    MedicationClass medicationClass = dto.medicationClass() == null && opioid != null
        ? MedicationClass.OPIOID
        : in.requiredCode(MedicationClass.class, dto.medicationClass(), field + ".medicationClass");
    if (opioid == null && dto.opioid() != null && !dto.opioid().isBlank()) {
      return null; // the unknown opioid is already refused
    }
    OpioidDose dose = null;
    if (opioid != null) {
      Integer times = dto.timesPerDay() != null ? dto.timesPerDay()
          : opioid.unit() == Opioid.DoseUnit.MCG_PER_HOUR ? Integer.valueOf(1) : null;
      if (times == null) {
        in.add(field + ".timesPerDay", "How many times a day the dose is taken is required for MME.");
        return null;
      }
      dose = in.make(field, f -> f, () -> new OpioidDose(opioid, dto.amount(), times));
      if (dose == null) {
        return null;
      }
    } else if (medicationClass == MedicationClass.OPIOID && dto.opioid() == null) {
      in.add(field + ".opioid", "An opioid needs the opioid and its dose for MME.");
      return null;
    }
    if (medicationClass == null) {
      return null;
    }
    OpioidDose taken = dose;
    return in.make(field, Input.renaming(Map.of("medicationName", "name", "opioidDose", "opioid")),
        () -> new Medication(dto.name(), medicationClass, taken));
  }

  // --- red flags -------------------------------------------------------------------------------

  static RedFlagChecklist redFlags(RedFlagsDto dto, Input in) {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered();
    if (dto.answers() != null) {
      for (Map.Entry<String, String> answer : dto.answers().entrySet()) {
        String field = "answers." + answer.getKey();
        RedFlagSign sign = in.code(RedFlagSign.class, answer.getKey(), field);
        TestResult result = in.requiredCode(TestResult.class, answer.getValue(), field);
        if (sign != null && result != null) {
          checklist = checklist.with(sign, result);
        }
      }
    }
    if (Boolean.TRUE.equals(dto.restNegative())) {
      checklist = checklist.restNegative();
    }
    if (dto.urgentPlan() != null) {
      RedFlagChecklist answered = checklist;
      RedFlagChecklist planned = in.make("urgentPlan", () -> answered.withUrgentPlan(dto.urgentPlan()));
      checklist = planned == null ? checklist : planned;
    }
    return checklist;
  }

  // --- examination -----------------------------------------------------------------------------

  static Examination examination(ExaminationDto dto, Input in) {
    Examination exam = Examination.blank();
    exam = tension(exam, dto.tension(), in);
    exam = coded(exam, dto.sensation(), "sensation", Dermatome.class, Sensation.class, in,
        (e, row, side, value) -> e.withSensation(row, side, value));
    exam = graded(exam, dto.power(), "power", Myotome.class, in,
        (e, row, side, value) -> e.withPower(row, side, value));
    exam = graded(exam, dto.reflexes(), "reflexes", Reflex.class, in,
        (e, row, side, value) -> e.withReflex(row, side, value));
    exam = coded(exam, dto.signs(), "signs", SideSign.class, TestResult.class, in,
        (e, row, side, value) -> e.withSign(row, side, value));
    exam = coded(exam, dto.walking(), "walking", WalkingTest.class, Performance.class, in,
        (e, row, side, value) -> e.withWalking(row, side, value));
    Gait gait = in.code(Gait.class, dto.gait(), "gait");
    if (gait != null) {
      exam = exam.withGait(gait);
    }
    if (dto.siProvocation() != null) {
      for (Map.Entry<String, String> test : dto.siProvocation().entrySet()) {
        String field = "siProvocation." + test.getKey();
        SiProvocationTest row = in.code(SiProvocationTest.class, test.getKey(), field);
        TestResult result = in.requiredCode(TestResult.class, test.getValue(), field);
        if (row != null && result != null) {
          exam = exam.withSiTest(row, result);
        }
      }
    }
    if (dto.waddellSigns() != null) {
      for (Map.Entry<String, String> sign : dto.waddellSigns().entrySet()) {
        String field = "waddellSigns." + sign.getKey();
        WaddellSign row = in.code(WaddellSign.class, sign.getKey(), field);
        TestResult result = in.requiredCode(TestResult.class, sign.getValue(), field);
        if (row != null && result != null) {
          exam = exam.withWaddellSign(row, result);
        }
      }
    }
    WoundState wound = in.code(WoundState.class, dto.wound(), "wound");
    if (wound != null) {
      exam = exam.withWound(wound);
    }
    return Boolean.TRUE.equals(dto.restNormal()) ? exam.restNormal() : exam;
  }

  /** One cell's change to the examination. */
  @FunctionalInterface
  private interface Cell<K, V> {
    Examination apply(Examination exam, K row, Side side, V value);
  }

  private static Examination tension(Examination exam, Map<String, TensionSidesDto> rows, Input in) {
    if (rows == null) {
      return exam;
    }
    for (Map.Entry<String, TensionSidesDto> row : rows.entrySet()) {
      String field = "tension." + row.getKey();
      NeuralTensionTest test = in.code(NeuralTensionTest.class, row.getKey(), field);
      if (test == null || row.getValue() == null) {
        continue;
      }
      exam = tensionCell(exam, test, Side.LEFT, row.getValue().left(), field + ".left", in);
      exam = tensionCell(exam, test, Side.RIGHT, row.getValue().right(), field + ".right", in);
    }
    return exam;
  }

  private static Examination tensionCell(
      Examination exam, NeuralTensionTest test, Side side, TensionDto cell, String field, Input in) {
    if (cell == null) {
      return exam;
    }
    TestResult result = in.requiredCode(TestResult.class, cell.result(), field + ".result");
    if (result == null) {
      return exam;
    }
    Examination changed = in.make(field, Input.renaming(Map.of("tensionResult", "result")),
        () -> exam.withTension(test, side, new TensionFinding(result, cell.angleDegrees())));
    return changed == null ? exam : changed;
  }

  private static <K extends Enum<K>, V extends Enum<V>> Examination coded(
      Examination exam, Map<String, SidesDto> rows, String block, Class<K> rowType, Class<V> valueType,
      Input in, Cell<K, V> cell) {
    if (rows == null) {
      return exam;
    }
    for (Map.Entry<String, SidesDto> row : rows.entrySet()) {
      String field = block + "." + row.getKey();
      K item = in.code(rowType, row.getKey(), field);
      if (item == null || row.getValue() == null) {
        continue;
      }
      V left = in.code(valueType, row.getValue().left(), field + ".left");
      V right = in.code(valueType, row.getValue().right(), field + ".right");
      if (left != null) {
        exam = cell.apply(exam, item, Side.LEFT, left);
      }
      if (right != null) {
        exam = cell.apply(exam, item, Side.RIGHT, right);
      }
    }
    return exam;
  }

  private static <K extends Enum<K>> Examination graded(
      Examination exam, Map<String, GradeSidesDto> rows, String block, Class<K> rowType, Input in,
      Cell<K, Integer> cell) {
    if (rows == null) {
      return exam;
    }
    for (Map.Entry<String, GradeSidesDto> row : rows.entrySet()) {
      String field = block + "." + row.getKey();
      K item = in.code(rowType, row.getKey(), field);
      if (item == null || row.getValue() == null) {
        continue;
      }
      exam = gradedCell(exam, item, Side.LEFT, row.getValue().left(), field + ".left", in, cell);
      exam = gradedCell(exam, item, Side.RIGHT, row.getValue().right(), field + ".right", in, cell);
    }
    return exam;
  }

  private static <K> Examination gradedCell(
      Examination exam, K item, Side side, Integer grade, String field, Input in, Cell<K, Integer> cell) {
    if (grade == null) {
      return exam;
    }
    UnaryOperator<Examination> change = e -> cell.apply(e, item, side, grade);
    Examination changed = in.make(field, () -> change.apply(exam));
    return changed == null ? exam : changed;
  }

  // --- causes and diagnosis --------------------------------------------------------------------

  static CausesAndDiagnosis causes(CausesDto dto, Input in) {
    List<CauseFinding> causes = new ArrayList<>();
    if (dto.causes() != null) {
      for (int i = 0; i < dto.causes().size(); i++) {
        CauseFinding cause = cause(dto.causes().get(i), "causes[" + i + "]", in);
        if (cause != null) {
          causes.add(cause);
        }
      }
    }
    Diagnosis diagnosis = dto.diagnosis() == null ? null : diagnosis(dto.diagnosis(), in);
    return new CausesAndDiagnosis(causes, diagnosis);
  }

  private static CauseFinding cause(CauseDto dto, String field, Input in) {
    if (dto == null) {
      in.add(field, "A cause needs at least the cause and the certainty.");
      return null;
    }
    FbssCause cause = in.requiredCode(FbssCause.class, dto.cause(), field + ".cause");
    List<Levels> levels = levels(dto.levels(), field + ".levels", in);
    Side side = in.code(Side.class, dto.side(), field + ".side");
    Set<EvidenceBasis> basis = in.codes(EvidenceBasis.class, dto.basis(), field + ".basis");
    List<EvidenceRef> evidence = new ArrayList<>();
    if (dto.evidence() != null) {
      for (int k = 0; k < dto.evidence().size(); k++) {
        String at = field + ".evidence[" + k + "]";
        EvidenceDto ref = dto.evidence().get(k);
        if (ref == null || ref.number() == null) {
          in.add(at, "Give the kind (STUDY or BLOCK) and the number of the study or block.");
          continue;
        }
        EvidenceRef.Kind kind = in.requiredCode(EvidenceRef.Kind.class, ref.kind(), at + ".kind");
        if (kind != null) {
          evidence.add(new EvidenceRef(kind, ref.number()));
        }
      }
    }
    Certainty certainty = in.requiredCode(Certainty.class, dto.certainty(), field + ".certainty");
    CauseTiming timing = in.code(CauseTiming.class, dto.timing(), field + ".timing");
    if (cause == null || certainty == null) {
      return null;
    }
    return in.make(field, f -> f, () -> new CauseFinding(cause, levels, side, basis, evidence, certainty,
        timing, Boolean.TRUE.equals(dto.surgicallyAddressable())));
  }

  static List<Levels> levels(List<String> texts, String field, Input in) {
    List<Levels> levels = new ArrayList<>();
    if (texts == null) {
      return levels;
    }
    for (int j = 0; j < texts.size(); j++) {
      String text = texts.get(j);
      Levels read = in.make(field + "[" + j + "]", () -> Levels.of(text));
      if (read != null) {
        levels.add(read);
      }
    }
    return levels;
  }

  private static Diagnosis diagnosis(DiagnosisDto dto, Input in) {
    Icd10Code icd10 = icd10(dto.icd10(), "diagnosis.icd10", in, true);
    Set<Icd10Code> supplementary = EnumSet.noneOf(Icd10Code.class);
    if (dto.supplementary() != null) {
      for (int i = 0; i < dto.supplementary().size(); i++) {
        Icd10Code code = icd10(dto.supplementary().get(i), "diagnosis.supplementary[" + i + "]", in, false);
        if (code != null) {
          supplementary.add(code);
        }
      }
    }
    Icd11Cluster icd11 = dto.icd11() == null ? null
        : in.make("diagnosis.icd11",
            Input.renaming(Map.of("icd11Stem", "stem", "icd11Extensions", "extensions")),
            () -> new Icd11Cluster(dto.icd11().stem(), dto.icd11().extensions()));
    Set<PainMechanism> mechanisms = in.codes(PainMechanism.class, dto.mechanisms(), "diagnosis.mechanisms");
    Set<GuyerCategory> guyer = in.codes(GuyerCategory.class, dto.guyerCategories(), "diagnosis.guyerCategories");
    if (icd10 == null) {
      return null;
    }
    return in.make("diagnosis", f -> f,
        () -> new Diagnosis(icd10, supplementary, icd11, mechanisms, guyer));
  }

  /** "M96.1" or "M96_1". */
  private static Icd10Code icd10(String code, String field, Input in, boolean required) {
    if (code == null || code.isBlank()) {
      if (required) {
        in.add(field, "The ICD-10 code is required.");
      }
      return null;
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    for (Icd10Code candidate : Icd10Code.values()) {
      if (candidate.code().equals(wanted) || candidate.name().equals(wanted)) {
        return candidate;
      }
    }
    in.add(field, "Not one of the listed codes: M96.1, M96.0, M96.3, G89.29, G89.4.");
    return null;
  }

  // --- psychosocial, function, psychology ------------------------------------------------------

  static PsychosocialScreening psychosocial(PsychosocialDto dto, Input in) {
    Map<PsychosocialInstrument, Long> responses = new EnumMap<>(PsychosocialInstrument.class);
    if (dto.responses() != null) {
      for (Map.Entry<String, Long> link : dto.responses().entrySet()) {
        String field = "responses." + link.getKey();
        PsychosocialInstrument instrument = in.code(PsychosocialInstrument.class, link.getKey(), field);
        if (instrument == null) {
          continue;
        }
        if (link.getValue() == null) {
          in.add(field, "Give the id of the outcome response to link.");
          continue;
        }
        responses.put(instrument, link.getValue());
      }
    }
    SubstanceUseScreen substance = in.code(SubstanceUseScreen.class, dto.substanceUse(), "substanceUse");
    return in.make("", f -> f, () -> new PsychosocialScreening(responses, substance, dto.expectations()));
  }

  static FunctionAndMovement function(FunctionAndMovementDto dto, Input in) {
    return in.make("", f -> f, () -> new FunctionAndMovement(
        dto.walkingToleranceMinutes(), dto.sittingToleranceMinutes(), dto.assessment()));
  }

  static PsychologicalEvaluation psychology(PsychologicalEvaluationDto dto, Input in) {
    return in.make("", f -> f, () -> new PsychologicalEvaluation(dto.assessment()));
  }
}
