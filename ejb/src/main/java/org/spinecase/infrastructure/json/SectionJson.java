package org.spinecase.infrastructure.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.GuyerCategory;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.Icd11Cluster;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialInstrument;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.SubstanceUseScreen;
import org.spinecase.domain.model.workup.TestResult;

/** The smaller sections: red flags, psychosocial, causes and diagnosis, the two assessments. */
final class SectionJson {

  private SectionJson() {}

  static JsonObjectBuilder redFlags(RedFlagChecklist checklist) {
    JsonObjectBuilder answers = Json.object();
    for (RedFlagSign sign : RedFlagSign.values()) {
      checklist.answer(sign).ifPresent(result -> answers.add(sign.name(), result.name()));
    }
    JsonObjectBuilder json = Json.object().add("answers", answers);
    checklist.urgentPlan().ifPresent(plan -> json.add("urgentPlan", plan));
    return json;
  }

  static RedFlagChecklist redFlags(JsonObject json) {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered();
    if (Json.has(json, "answers")) {
      JsonObject answers = json.getJsonObject("answers");
      for (String sign : answers.keySet()) {
        checklist =
            checklist.with(RedFlagSign.valueOf(sign), TestResult.valueOf(answers.getString(sign)));
      }
    }
    String plan = Json.string(json, "urgentPlan");
    return plan == null ? checklist : checklist.withUrgentPlan(plan);
  }

  static JsonObjectBuilder psychosocial(PsychosocialScreening screening) {
    JsonObjectBuilder responses = Json.object();
    screening.responses().forEach((instrument, id) -> responses.add(instrument.name(), id));
    JsonObjectBuilder json = Json.object().add("responses", responses);
    Json.put(json, "substanceUse", screening.substanceUse());
    Json.put(json, "expectations", screening.expectations());
    return json;
  }

  static PsychosocialScreening psychosocial(JsonObject json) {
    Map<PsychosocialInstrument, Long> responses = new EnumMap<>(PsychosocialInstrument.class);
    if (Json.has(json, "responses")) {
      JsonObject linked = json.getJsonObject("responses");
      linked.forEach(
          (instrument, id) ->
              responses.put(PsychosocialInstrument.valueOf(instrument), Json.number(id)));
    }
    return new PsychosocialScreening(
        responses,
        Json.enumValue(json, "substanceUse", SubstanceUseScreen.class),
        Json.string(json, "expectations"));
  }

  static JsonObjectBuilder causes(CausesAndDiagnosis causes) {
    JsonObjectBuilder json = Json.object();
    json.add("causes", Json.list(causes.causes(), SectionJson::cause));
    if (causes.diagnosis() != null) {
      json.add("diagnosis", diagnosis(causes.diagnosis()));
    }
    return json;
  }

  static CausesAndDiagnosis causes(JsonObject json) {
    List<CauseFinding> causes = Json.objects(json, "causes", SectionJson::cause);
    Diagnosis diagnosis =
        Json.has(json, "diagnosis") ? diagnosis(json.getJsonObject("diagnosis")) : null;
    return new CausesAndDiagnosis(causes, diagnosis);
  }

  static JsonObjectBuilder functionAndMovement(FunctionAndMovement function) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "walkingToleranceMinutes", function.walkingToleranceMinutes());
    Json.put(json, "sittingToleranceMinutes", function.sittingToleranceMinutes());
    Json.put(json, "assessment", function.assessment());
    return json;
  }

  static FunctionAndMovement functionAndMovement(JsonObject json) {
    return new FunctionAndMovement(
        Json.integer(json, "walkingToleranceMinutes"),
        Json.integer(json, "sittingToleranceMinutes"),
        Json.string(json, "assessment"));
  }

  static JsonObjectBuilder psychological(PsychologicalEvaluation evaluation) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "assessment", evaluation.assessment());
    return json;
  }

  static PsychologicalEvaluation psychological(JsonObject json) {
    return new PsychologicalEvaluation(Json.string(json, "assessment"));
  }

  private static JsonObjectBuilder cause(CauseFinding cause) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "cause", cause.cause());
    var levels = Json.array();
    cause.levels().forEach(l -> levels.add(l.text()));
    json.add("levels", levels);
    Json.put(json, "side", cause.side());
    json.add("basis", Json.names(cause.basis()));
    json.add(
        "evidence",
        Json.list(
            cause.evidence(),
            ref -> Json.object().add("kind", ref.kind().name()).add("id", ref.id())));
    Json.put(json, "certainty", cause.certainty());
    Json.put(json, "timing", cause.timing());
    json.add("surgicallyAddressable", cause.surgicallyAddressable());
    return json;
  }

  private static CauseFinding cause(JsonObject json) {
    List<Levels> levels = Json.strings(json, "levels").stream().map(Levels::of).toList();
    List<EvidenceRef> evidence =
        Json.objects(
            json,
            "evidence",
            ref ->
                new EvidenceRef(
                    EvidenceRef.Kind.valueOf(ref.getString("kind")),
                    ref.getJsonNumber("id").longValue()));
    return new CauseFinding(
        Json.enumValue(json, "cause", FbssCause.class),
        levels,
        Json.enumValue(json, "side", Side.class),
        Json.enumSet(json, "basis", EvidenceBasis.class),
        evidence,
        Json.enumValue(json, "certainty", Certainty.class),
        Json.enumValue(json, "timing", CauseTiming.class),
        Json.flag(json, "surgicallyAddressable"));
  }

  private static JsonObjectBuilder diagnosis(Diagnosis diagnosis) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "icd10", diagnosis.icd10());
    json.add("supplementary", Json.names(diagnosis.supplementary()));
    if (diagnosis.icd11() != null) {
      var extensions = Json.array();
      diagnosis.icd11().extensions().forEach(extensions::add);
      json.add(
          "icd11",
          Json.object().add("stem", diagnosis.icd11().stem()).add("extensions", extensions));
    }
    json.add("mechanisms", Json.names(diagnosis.mechanisms()));
    json.add("guyerCategories", Json.names(diagnosis.guyerCategories()));
    return json;
  }

  private static Diagnosis diagnosis(JsonObject json) {
    Icd11Cluster icd11 = null;
    if (Json.has(json, "icd11")) {
      JsonObject cluster = json.getJsonObject("icd11");
      icd11 =
          new Icd11Cluster(cluster.getString("stem"), Json.strings(cluster, "extensions"));
    }
    return new Diagnosis(
        Json.enumValue(json, "icd10", Icd10Code.class),
        Json.enumSet(json, "supplementary", Icd10Code.class),
        icd11,
        Json.enumSet(json, "mechanisms", PainMechanism.class),
        Json.enumSet(json, "guyerCategories", GuyerCategory.class));
  }
}
