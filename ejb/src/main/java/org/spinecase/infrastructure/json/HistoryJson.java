package org.spinecase.infrastructure.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.spinecase.domain.model.workup.BackLegShare;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.MedicationClass;
import org.spinecase.domain.model.workup.NeuropathicDescriptor;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.OpioidDose;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.PriorTreatment;
import org.spinecase.domain.model.workup.PriorTreatmentType;
import org.spinecase.domain.model.workup.TreatmentResponse;
import org.spinecase.domain.model.workup.WorkStatus;

/**
 * The history section. "medications" absent means not yet asked, an empty array means none: the
 * domain tells them apart (missing item vs. complete).
 */
final class HistoryJson {

  private HistoryJson() {}

  static JsonObjectBuilder write(History history) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "indication", history.indication());
    Json.put(json, "imagingConcordance", history.imagingConcordance());
    Json.put(json, "painFreeInterval", history.painFreeInterval());
    if (history.backLegShare() != null) {
      json.add("backPercent", history.backLegShare().backPercent());
    }
    json.add("neuropathicDescriptors", Json.names(history.neuropathicDescriptors()));
    json.add("priorTreatments", Json.list(history.priorTreatments(), HistoryJson::treatment));
    if (history.medications() != null) {
      json.add("medications", Json.list(history.medications(), HistoryJson::medication));
    }
    Json.put(json, "workStatus", history.workStatus());
    Json.put(json, "litigation", history.litigation());
    Json.put(json, "compensation", history.compensation());
    json.add("goals", Json.names(history.goals()));
    Json.put(json, "expectations", history.expectations());
    return json;
  }

  static History read(JsonObject json) {
    Integer backPercent = Json.integer(json, "backPercent");
    List<PriorTreatment> treatments = Json.objects(json, "priorTreatments", HistoryJson::treatment);
    return new History(
        Json.enumValue(json, "indication", PreoperativeIndication.class),
        Json.enumValue(json, "imagingConcordance", ImagingConcordance.class),
        Json.enumValue(json, "painFreeInterval", PainFreeInterval.class),
        backPercent == null ? null : new BackLegShare(backPercent),
        Json.enumSet(json, "neuropathicDescriptors", NeuropathicDescriptor.class),
        treatments,
        Json.objects(json, "medications", HistoryJson::medication),
        Json.enumValue(json, "workStatus", WorkStatus.class),
        Json.enumValue(json, "litigation", ClaimStatus.class),
        Json.enumValue(json, "compensation", ClaimStatus.class),
        Json.enumSet(json, "goals", PatientGoal.class),
        Json.string(json, "expectations"));
  }

  private static JsonObjectBuilder treatment(PriorTreatment treatment) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "type", treatment.type());
    Json.put(json, "response", treatment.response());
    return json;
  }

  private static PriorTreatment treatment(JsonObject json) {
    return new PriorTreatment(
        Json.enumValue(json, "type", PriorTreatmentType.class),
        Json.enumValue(json, "response", TreatmentResponse.class));
  }

  private static JsonObjectBuilder medication(Medication medication) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "name", medication.name());
    Json.put(json, "medicationClass", medication.medicationClass());
    OpioidDose dose = medication.opioidDose();
    if (dose != null) {
      JsonObjectBuilder opioid = Json.object();
      Json.put(opioid, "opioid", dose.opioid());
      Json.put(opioid, "amount", dose.amount());
      opioid.add("timesPerDay", dose.timesPerDay());
      json.add("opioidDose", opioid);
    }
    return json;
  }

  private static Medication medication(JsonObject json) {
    OpioidDose dose = null;
    if (Json.has(json, "opioidDose")) {
      JsonObject opioid = json.getJsonObject("opioidDose");
      dose =
          new OpioidDose(
              Json.enumValue(opioid, "opioid", Opioid.class),
              Json.bigDecimal(opioid, "amount"),
              opioid.getInt("timesPerDay"));
    }
    return new Medication(
        Json.string(json, "name"), Json.enumValue(json, "medicationClass", MedicationClass.class),
        dose);
  }
}
