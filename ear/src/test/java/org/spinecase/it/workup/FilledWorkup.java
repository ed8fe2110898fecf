package org.spinecase.it.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.SampleDocuments;

/**
 * A workup with something in everything, filled over the API for the browser tests: every section
 * (a positive red flag with its urgent plan, an opioid, abnormal findings), an MRI ordered and
 * resulted with its report, a block with ratings, causes citing both, the four psychosocial
 * questionnaires linked (PHQ-9 with item 9 answered, its safety alert acknowledged), the
 * physiotherapist's and the psychologist's assessments. The case's team: the surgeon (lead), the
 * physiotherapist and the psychologist.
 */
final class FilledWorkup {

  static final String URGENT_PLAN = "Urgent MRI today; on-call spinal surgeon informed.";
  static final String ALERT_NOTE = "Called the patient the same day: no plan, no intent; GP informed.";

  private FilledWorkup() {}

  static void fill(long caseId) {
    JsonObjectBuilder links = Json.createObjectBuilder()
        .add("PHQ_9", WorkupApiIT.outcome(caseId, "PHQ-9", 1, 1, 1, 1, 1, 0, 0, 0, 1))
        .add("GAD_7", WorkupApiIT.outcome(caseId, "GAD-7", 2, 2, 2, 1, 1, 1, 1))
        .add("PCS", WorkupApiIT.outcome(caseId, "PCS", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2))
        .add("START_BACK", WorkupApiIT.outcome(caseId, "STarT-Back", 1, 1, 1, 1, 1, 0, 0, 0, 0));
    acknowledgeAlerts(caseId);
    WorkupApiIT.saved(DemoUser.SURGEON, caseId, "HISTORY", WorkupApiIT.history());
    WorkupApiIT.saved(DemoUser.SURGEON, caseId, "RED_FLAGS", Json.createObjectBuilder()
        .add("answers", Json.createObjectBuilder().add("SADDLE_ANAESTHESIA", "POSITIVE"))
        .add("restNegative", true).add("urgentPlan", URGENT_PLAN));
    WorkupApiIT.saved(DemoUser.SURGEON, caseId, "EXAMINATION", WorkupApiIT.examination());
    WorkupApiIT.saved(DemoUser.SURGEON, caseId, "PSYCHOSOCIAL", WorkupApiIT.psychosocial().add("responses", links));
    JsonObject study = WorkupApiIT.orderStudy(caseId, "MRI_WITH_AND_WITHOUT_GADOLINIUM", "L5-S1");
    Response resulted = WorkupApiIT.resultMri(DemoUser.SURGEON, caseId, study, SampleDocuments.pdf());
    assertEquals(200, resulted.status(), resulted.body());
    Response block = Api.as(DemoUser.SURGEON).post(WorkupApiIT.workup(caseId) + "/blocks",
        WorkupApiIT.block(8, Json.createObjectBuilder().add("MIN_30", 2).add("HOUR_1", 3)).build().toString());
    assertEquals(201, block.status(), block.body());
    WorkupApiIT.saved(DemoUser.SURGEON, caseId, "CAUSES", WorkupApiIT.causes(Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("kind", "STUDY").add("number", 1))
        .add(Json.createObjectBuilder().add("kind", "BLOCK").add("number", 1)), "IMAGING", "BLOCK"));
    WorkupApiIT.saved(DemoUser.PHYSIOTHERAPIST, caseId, "FUNCTION_AND_MOVEMENT", WorkupApiIT.function());
    WorkupApiIT.saved(DemoUser.PSYCHOLOGIST, caseId, "PSYCHOLOGICAL_EVALUATION", WorkupApiIT.psychology());
  }

  /** Signs as the lead surgeon and adds the physiotherapist's addendum. */
  static void signWithAddendum(long caseId) {
    Response signed = Api.as(DemoUser.SURGEON).post(WorkupApiIT.workup(caseId) + "/signature", "{}");
    assertEquals(200, signed.status(), signed.body());
    Response addendum = Api.as(DemoUser.PHYSIOTHERAPIST).post(WorkupApiIT.workup(caseId) + "/addenda",
        "{\"concerns\": \"FUNCTION_AND_MOVEMENT\", \"text\": \"Walking tolerance now 25 minutes.\"}");
    assertEquals(201, addendum.status(), addendum.body());
  }

  private static void acknowledgeAlerts(long caseId) {
    Response alerts = Api.as(DemoUser.SURGEON).get("/api/v1/cases/" + caseId + "/safety-alerts");
    assertEquals(200, alerts.status(), alerts.body());
    for (JsonObject alert : alerts.structure().asJsonArray().getValuesAs(JsonObject.class)) {
      Response done = Api.as(DemoUser.SURGEON).post("/api/v1/safety-alerts/" + alert.getJsonNumber("id") + "/acknowledgement",
          Json.createObjectBuilder().add("note", ALERT_NOTE).add("version", alert.getJsonNumber("version")).build().toString());
      assertEquals(200, done.status(), done.body());
    }
  }

  /** The text of a PDF as a viewer extracts it, its wrapped lines joined again by single spaces. */
  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
