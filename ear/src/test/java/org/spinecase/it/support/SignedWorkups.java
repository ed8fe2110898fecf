package org.spinecase.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.OpioidDose;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.WorkStatus;

/**
 * A case is marked ready for the MDT only by signing its workup. Tests that need a case past the
 * workup complete the sections signing needs (history, red flags, examination, one MRI resulted,
 * a cause citing it) and sign: in the container through the service, or over the API.
 */
public final class SignedWorkups {

  /** Runs work as a demo user: {@code surgeon::call}, {@code painSpecialist::call}. */
  @FunctionalInterface
  public interface Caller {
    <T> T call(Callable<T> work) throws Exception;
  }

  private SignedWorkups() {}

  /** Completes and signs the workup as {@code lead}, a surgeon or pain specialist on the team. */
  public static WorkupView sign(Caller lead, WorkupService workups, long caseId) throws Exception {
    lead.call(() -> workups.saveSection(caseId, history(), -1));
    lead.call(() -> workups.saveSection(caseId, RedFlagChecklist.unanswered().restNegative(), -1));
    lead.call(() -> workups.saveSection(caseId, Examination.blank().restNormal(), -1));
    WorkupView ordered = lead.call(() -> workups.orderStudy(caseId,
        StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM, "L4-L5", LocalDate.now().minusDays(3)));
    long version = ordered.studies().get(0).version();
    lead.call(() -> workups.resultStudy(caseId, 1, version, LocalDate.now(), new StudyFindings.Enhancement(
        EnhancementPattern.NON_ENHANCING_DISC_WITH_RIM, Set.of(NeuralCompression.DISC_HERNIATION)), null));
    lead.call(() -> workups.saveSection(caseId, causes(), -1));
    return lead.call(() -> workups.sign(caseId));
  }

  /** The same over the API, as the lead surgeon; fails the test on any refusal. */
  public static void signOverApi(long caseId) {
    String workup = "/api/v1/cases/" + caseId + "/workup";
    put(workup + "/sections/HISTORY", Json.createObjectBuilder()
        .add("indication", "RADICULOPATHY").add("imagingConcordance", "CONCORDANT")
        .add("painFreeInterval", "WEEKS_TO_MONTHS").add("backPercent", 30)
        .add("medications", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("name", "Paracetamol").add("medicationClass", "PARACETAMOL"))).add("workStatus", "OFF_WORK_SICK")
        .add("litigation", "NONE").add("compensation", "NONE")
        .add("goals", Json.createArrayBuilder().add("LESS_LEG_PAIN")).build());
    put(workup + "/sections/RED_FLAGS", Json.createObjectBuilder()
        .add("answers", Json.createObjectBuilder()).add("restNegative", true).build());
    put(workup + "/sections/EXAMINATION", Json.createObjectBuilder().add("restNormal", true).build());
    Api.Response ordered = Api.as(DemoUser.SURGEON).post(workup + "/studies", Json.createObjectBuilder()
        .add("type", "MRI_WITH_AND_WITHOUT_GADOLINIUM").add("levels", "L4-L5")
        .add("orderedOn", LocalDate.now().minusDays(3).toString()).build().toString());
    expect(201, ordered);
    expect(200, Api.as(DemoUser.SURGEON).put(workup + "/studies/1/result", Json.createObjectBuilder()
        .add("version", ordered.json().getJsonNumber("version").longValue())
        .add("resultedOn", LocalDate.now().toString())
        .add("findings", Json.createObjectBuilder().add("enhancementPattern", "NON_ENHANCING_DISC_WITH_RIM")
            .add("compression", Json.createArrayBuilder().add("DISC_HERNIATION"))).build().toString()));
    put(workup + "/sections/CAUSES", Json.createObjectBuilder()
        .add("causes", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("cause", "RESIDUAL_OR_RECURRENT_DISC_HERNIATION")
            .add("levels", Json.createArrayBuilder().add("L4-L5")).add("side", "LEFT")
            .add("basis", Json.createArrayBuilder().add("IMAGING"))
            .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "STUDY").add("number", 1)))
            .add("certainty", "CONFIRMED").add("timing", "POST_OPERATIVE").add("surgicallyAddressable", true)))
        .add("diagnosis", Json.createObjectBuilder().add("icd10", "M96.1")
            .add("mechanisms", Json.createArrayBuilder().add("NEUROPATHIC"))).build());
    expect(200, Api.as(DemoUser.SURGEON).post(workup + "/signature", "{}"));
  }

  private static void put(String path, JsonObject body) {
    expect(200, Api.as(DemoUser.SURGEON).put(path, body.toString()));
  }

  private static void expect(int status, Api.Response response) {
    if (response.status() != status) {
      throw new AssertionError("Expected " + status + " but was " + response.status() + ": " + response.body());
    }
  }

  private static History history() {
    return History.builder()
        .indication(PreoperativeIndication.RADICULOPATHY, ImagingConcordance.CONCORDANT)
        .painFreeInterval(PainFreeInterval.NONE)
        .backPercent(30)
        .medications(Medication.opioid("MST", OpioidDose.oral(Opioid.MORPHINE, "30", 2)))
        .workStatus(WorkStatus.WORKING_FULL_DUTIES)
        .claims(ClaimStatus.NONE, ClaimStatus.NONE)
        .goals(PatientGoal.LESS_LEG_PAIN)
        .build();
  }

  private static CausesAndDiagnosis causes() {
    return new CausesAndDiagnosis(List.of(new CauseFinding(
        FbssCause.RESIDUAL_OR_RECURRENT_DISC_HERNIATION, List.of(Levels.of("L4-L5")), Side.LEFT,
        Set.of(EvidenceBasis.IMAGING), List.of(EvidenceRef.study(1)), Certainty.CONFIRMED,
        CauseTiming.POST_OPERATIVE, true)), Diagnosis.postLaminectomySyndrome(PainMechanism.NOCICEPTIVE));
  }
}
