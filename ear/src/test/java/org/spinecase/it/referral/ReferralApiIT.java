package org.spinecase.it.referral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralJson;
import org.spinecase.it.support.SampleDocuments;

/**
 * /api/v1/referrals as another system uses it, with real tokens for every demo role: intake with
 * attachments, status, download, triage; refusals in the API's error shape.
 *
 * <p>Size limit, decided: an attachment over the clinic's limit (10 MiB by default,
 * SPINECASE_MAX_ATTACHMENT_BYTES) is 400 naming the field with the limit in the message, like every
 * other problem with an attachment, and is refused from the length of its base64 text before it is
 * decoded. The server accepts request bodies up to 64 MiB (SPINECASE_MAX_REQUEST_BYTES), enough for
 * several attachments at the limit; a larger body is cut off by the server without an answer.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralApiIT {

  private static final String REFERRALS = "/api/v1/referrals";
  private static final Set<DemoUser> INTAKE = Set.of(
      DemoUser.COORDINATOR, DemoUser.SURGEON, DemoUser.PAIN_SPECIALIST, DemoUser.MULTI);
  private static final Set<DemoUser> TRIAGE = Set.of(DemoUser.SURGEON, DemoUser.PAIN_SPECIALIST, DemoUser.MULTI);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  static JsonObject receive(DemoUser as, ReferralJson referral) {
    Response created = Api.as(as).post(REFERRALS, referral.json());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  @Test
  void withoutTokenTheApiAnswers401() {
    assertEquals(401, Api.anonymous().post(REFERRALS, ReferralJson.forNewPatient("Nobody").json()).status());
    assertEquals(401, Api.anonymous().get(REFERRALS + "/1").status());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void intakeIsForCoordinatorsSurgeonsAndPainSpecialists(DemoUser user) {
    Response response = Api.as(user).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Intake"))
            .attach("REFERRAL_LETTER", "letter.pdf", SampleDocuments.pdf()).json());
    if (INTAKE.contains(user)) {
      assertEquals(201, response.status(), response.body());
      JsonObject body = response.json();
      assertEquals("RECEIVED", body.getString("status"));
      assertTrue(response.header("Location").endsWith(REFERRALS + "/" + id(body)), response.header("Location"));
      assertEquals(String.valueOf(version(body)), response.header("ETag").replace("\"", ""));
      assertTrue(body.getString("mrn").matches("SC-\\d{7}"), body.toString());
    } else {
      assertEquals(403, response.status(), response.body());
      assertEquals(403, response.json().getInt("status"));
    }
  }

  @Test
  void aReferralWithAPdfForANewPatientCanBeReadBackWithItsDocument() {
    byte[] letter = SampleDocuments.pdf();
    JsonObject created = receive(DemoUser.COORDINATOR,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Letter"))
            .attach("REFERRAL_LETTER", "Überweisung Brief.pdf", letter)
            .attach("IMAGING_REPORT", "mri.png", SampleDocuments.png())
            .attach("OUTSIDE_REPORT", "report.jpg", SampleDocuments.jpeg()));
    JsonObject read = Api.as(DemoUser.COORDINATOR).get(REFERRALS + "/" + id(created)).json();
    assertEquals("RECEIVED", read.getString("status"));
    assertEquals("ROUTINE", read.getString("urgency"));
    assertEquals("Dr. Test Referrer (synthetic)", read.getJsonObject("referrer").getString("name"));
    List<JsonObject> attachments = read.getJsonArray("attachments").getValuesAs(JsonObject.class);
    assertEquals(List.of("application/pdf", "image/png", "image/jpeg"),
        attachments.stream().map(a -> a.getString("mediaType")).toList());
    assertEquals(letter.length, attachments.get(0).getJsonNumber("sizeBytes").longValue());

    long attachmentId = attachments.get(0).getJsonNumber("id").longValue();
    Api.Download download = Api.as(DemoUser.SURGEON)
        .download(REFERRALS + "/" + id(created) + "/attachments/" + attachmentId);
    assertEquals(200, download.status());
    assertArrayEquals(letter, download.body());
    assertTrue(download.header("Content-Type").startsWith("application/pdf"), download.header("Content-Type"));
    String disposition = download.header("Content-Disposition");
    assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%C3%9Cberweisung%20Brief.pdf"),
        disposition);
    assertTrue(download.header("Cache-Control").contains("no-store"), download.header("Cache-Control"));
  }

  @Test
  void anAttachmentOfAnotherReferralIsNotFoundThroughThisOne() {
    JsonObject first = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("First"))
        .attach("REFERRAL_LETTER", "a.pdf", SampleDocuments.pdf()));
    JsonObject second = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Second")));
    long attachmentOfFirst = first.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(404, Api.as(DemoUser.SURGEON)
        .download(REFERRALS + "/" + id(second) + "/attachments/" + attachmentOfFirst).status());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void untriagedReferralsAreSeenByIntakeRolesOnly(DemoUser user) {
    JsonObject created = receive(DemoUser.COORDINATOR,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Pool")).attach("REFERRAL_LETTER", "l.pdf", SampleDocuments.pdf()));
    Response read = Api.as(user).get(REFERRALS + "/" + id(created));
    long attachmentId = created.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    int download = Api.as(user).download(REFERRALS + "/" + id(created) + "/attachments/" + attachmentId).status();
    int expected = switch (user) {
      case COORDINATOR, SURGEON, PAIN_SPECIALIST, MULTI -> 200;
      // not on a care team and not in the triage pool: as if it did not exist
      case PHYSIOTHERAPIST, PSYCHOLOGIST -> 404;
      case ADMIN -> 403;
    };
    assertEquals(expected, read.status(), read.body());
    assertEquals(expected, download);
  }

  @Test
  void unknownReferralIs404() {
    Response response = Api.as(DemoUser.SURGEON).get(REFERRALS + "/987654321");
    assertEquals(404, response.status());
    assertEquals(404, response.json().getInt("status"));
  }

  @Test
  void aPdfThatIsReallyTextIs400NamingTheAttachment() {
    Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Fake"))
            .attach("REFERRAL_LETTER", "letter.pdf", SampleDocuments.text()).json());
    assertEquals(400, response.status(), response.body());
    assertViolation(response, "attachments[0]");
  }

  @Test
  void contentThatIsNotBase64Is400NamingTheField() {
    Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Garbled"))
            .attach("REFERRAL_LETTER", "ok.pdf", SampleDocuments.pdf())
            .attachBase64("OUTSIDE_REPORT", "broken.pdf", "JVBERi0x%%%not base64!").json());
    assertEquals(400, response.status(), response.body());
    JsonObject violation = assertViolation(response, "attachments[1].contentBase64");
    assertTrue(violation.getString("message").contains("base64"), violation.toString());
  }

  @Test
  void base64WithLineBreaksAsMailSystemsWriteItIsAccepted() {
    String wrapped = Base64.getMimeEncoder().encodeToString(SampleDocuments.pdfLargerThan(300));
    assertTrue(wrapped.contains("\r\n"));
    JsonObject created = receive(DemoUser.COORDINATOR,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Wrapped")).attachBase64("REFERRAL_LETTER", "w.pdf", wrapped));
    assertEquals(301, created.getJsonArray("attachments").getJsonObject(0).getJsonNumber("sizeBytes").longValue());
  }

  @Test
  void anAttachmentOverTenMebibytesIs400WithTheLimitInTheMessage() {
    Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Huge"))
            .attach("IMAGING_REPORT", "huge.pdf", SampleDocuments.pdfLargerThan(10L * 1024 * 1024)).json());
    assertEquals(400, response.status(), response.body());
    JsonObject violation = assertViolation(response, "attachments[0]");
    assertTrue(violation.getString("message").contains("10.0 MiB"), violation.toString());
  }

  @Test
  void redFlagUrgencyWithoutAFlagIs400() {
    Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("NoFlag")).set("urgency", "RED_FLAG").json());
    assertEquals(400, response.status(), response.body());
    assertFalse(response.json().getJsonArray("violations").isEmpty(), response.body());
  }

  @Test
  void missingReferrerAndQuestionAre400WithTheJsonFieldNames() {
    String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
            ReferralJson.forNewPatient(ReferralJson.uniqueName("Partial")).json())).readObject())
        .remove("referrer").remove("question").build().toString();
    Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS, body);
    assertEquals(400, response.status(), response.body());
    assertViolation(response, "referrer.name");
    assertViolation(response, "question");
  }

  /**
   * Pain scores the JSON binding used to wrap or truncate (backPain 4294967301 was stored as 5, 5.9
   * as 5), a NUL character in a text (PostgreSQL refused it: 500) and in a query are refused with
   * 400 naming the field.
   */
  @Test
  void numbersThatWouldWrapOrTruncateAndNulInTextAre400NamingTheField() {
    for (String backPain : List.of("4294967301", "5.9")) {
      String body = ReferralJson.forNewPatient(ReferralJson.uniqueName("Wrap")).json()
          .replace("\"backPain\":6", "\"backPain\":" + backPain);
      Response response = Api.as(DemoUser.COORDINATOR).post(REFERRALS, body);
      assertEquals(400, response.status(), response.body());
      assertViolation(response, "backPain");
    }
    Response nul = Api.as(DemoUser.COORDINATOR).post(REFERRALS, ReferralJson.forNewPatient(ReferralJson.uniqueName("Nul"))
        .set("questionDetail", "Leg pain\u0000 after fusion").json());
    assertEquals(400, nul.status(), nul.body());
    assertViolation(nul, "questionDetail");
    Response search = Api.as(DemoUser.COORDINATOR).get("/api/v1/patients?q=Ab%00c");
    assertEquals(400, search.status(), search.body());
    assertViolation(search, "q");
  }

  /**
   * An empty referral hears about every problem at once: the missing patient together with the
   * referrer, channel, question and urgency, and a new patient's fields together with its surgery
   * rows, instead of one round after another.
   */
  @Test
  void everyProblemOfAReferralIsReportedAtOnce() {
    Response empty = Api.as(DemoUser.COORDINATOR).post(REFERRALS, "{}");
    assertEquals(400, empty.status(), empty.body());
    for (String field : List.of("patientId", "referrer.name", "channel", "question", "urgency")) {
      assertViolation(empty, field);
    }
    Response newPatient = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        "{\"patient\": {\"surgeries\": [{\"levels\": \"L5-S1\"}]}, \"backPain\": 11}");
    assertEquals(400, newPatient.status(), newPatient.body());
    for (String field : List.of("patient.familyName", "patient.dateOfBirth", "patient.surgeries[0].surgeryDate",
        "patient.surgeries[0].procedure", "referrer.name", "backPain")) {
      assertViolation(newPatient, field);
    }
  }

  @Test
  void aReferralForARegisteredPatientPointsAtThatPatient() {
    JsonObject first = receive(DemoUser.SURGEON, ReferralJson.forNewPatient(ReferralJson.uniqueName("Again")));
    long patientId = first.getJsonNumber("patientId").longValue();
    JsonObject second = receive(DemoUser.PAIN_SPECIALIST,
        ReferralJson.forPatient(patientId).question("SCS_EVALUATION").redFlag("CAUDA_EQUINA", "CSF_LEAK"));
    assertEquals(patientId, second.getJsonNumber("patientId").longValue());
    assertEquals("RED_FLAG", second.getString("urgency"));
    assertEquals(List.of("CAUDA_EQUINA", "CSF_LEAK"),
        second.getJsonArray("redFlags").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString).toList());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void triageIsForSurgeonsAndPainSpecialists(DemoUser user) {
    JsonObject referral = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Triage")));
    Response response = Api.as(user).post(REFERRALS + "/" + id(referral) + "/triage",
        ReferralJson.triage("REQUEST_INFORMATION", version(referral), Json.createObjectBuilder()
            .add("informationRequested", "MRI report of 2024")
            .add("dueOn", LocalDate.now().plusDays(14).toString())));
    if (TRIAGE.contains(user)) {
      assertEquals(200, response.status(), response.body());
      assertEquals("AWAITING_INFORMATION", response.json().getString("status"));
      assertEquals("MRI report of 2024", response.json().getString("informationRequested"));
    } else {
      assertEquals(403, response.status(), response.body());
    }
  }

  @Test
  void requestedInformationArrivesAndTheReferralIsDeclinedWithAReason() {
    JsonObject referral = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Waits")));
    String path = REFERRALS + "/" + id(referral) + "/triage";
    JsonObject waiting = Api.as(DemoUser.SURGEON).post(path, ReferralJson.triage("REQUEST_INFORMATION",
        version(referral), Json.createObjectBuilder().add("informationRequested", "Operative report")
            .add("dueOn", LocalDate.now().plusDays(7).toString()))).json();

    Response received = Api.as(DemoUser.COORDINATOR).post(path, ReferralJson.triage("INFORMATION_RECEIVED",
        version(waiting), Json.createObjectBuilder().add("reason", "Report arrived by fax")));
    assertEquals(200, received.status(), received.body());
    assertEquals("RECEIVED", received.json().getString("status"));

    Response noReason = Api.as(DemoUser.PAIN_SPECIALIST).post(path,
        ReferralJson.triage("DECLINE", version(received.json()), Json.createObjectBuilder()));
    assertEquals(400, noReason.status(), noReason.body());

    Response declined = Api.as(DemoUser.PAIN_SPECIALIST).post(path, ReferralJson.triage("DECLINE",
        version(received.json()), Json.createObjectBuilder().add("reason", "No indication for further surgery.")));
    assertEquals(200, declined.status(), declined.body());
    assertEquals("DECLINED", declined.json().getString("status"));
    assertEquals("No indication for further surgery.", declined.json().getString("declineReason"));
  }

  @Test
  void acceptingADeclinedReferralIs409WithTheStateMachinesReason() {
    JsonObject referral = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Late")));
    String path = REFERRALS + "/" + id(referral) + "/triage";
    JsonObject declined = Api.as(DemoUser.SURGEON).post(path, ReferralJson.triage("DECLINE", version(referral),
        Json.createObjectBuilder().add("reason", "Outside our scope."))).json();

    Response accept = Api.as(DemoUser.SURGEON).post(path, ReferralJson.accept(version(declined), "surgeon"));
    assertEquals(409, accept.status(), accept.body());
    assertEquals(409, accept.json().getInt("status"));
    String message = accept.json().getString("message");
    assertTrue(message.toLowerCase().contains("declined"), message);
  }

  @Test
  void triageOnAnOldVersionIs409() {
    JsonObject referral = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Old")));
    String path = REFERRALS + "/" + id(referral) + "/triage";
    assertEquals(200, Api.as(DemoUser.SURGEON).post(path, ReferralJson.triage("REQUEST_INFORMATION", version(referral),
        Json.createObjectBuilder().add("informationRequested", "Imaging").add("dueOn", LocalDate.now().plusDays(3).toString())))
        .status());
    Response stale = Api.as(DemoUser.PAIN_SPECIALIST).post(path, ReferralJson.triage("DECLINE", version(referral),
        Json.createObjectBuilder().add("reason", "Not for us.")));
    assertEquals(409, stale.status(), stale.body());
  }

  @Test
  void triageWithoutDecisionOrVersionIs400() {
    JsonObject referral = receive(DemoUser.COORDINATOR, ReferralJson.forNewPatient(ReferralJson.uniqueName("Vague")));
    String path = REFERRALS + "/" + id(referral) + "/triage";
    Response noDecision = Api.as(DemoUser.SURGEON).post(path, "{\"version\": 0}");
    assertEquals(400, noDecision.status(), noDecision.body());
    assertViolation(noDecision, "decision");
    Response noVersion = Api.as(DemoUser.SURGEON).post(path, "{\"decision\": \"DECLINE\", \"reason\": \"x\"}");
    assertEquals(400, noVersion.status(), noVersion.body());
    assertViolation(noVersion, "version");
    Response unknown = Api.as(DemoUser.SURGEON).post(path, "{\"decision\": \"MAYBE\", \"version\": 0}");
    assertEquals(400, unknown.status(), unknown.body());
  }

  @Test
  void openApiDocumentDescribesTheReferralApi() {
    Response openapi = Api.anonymous().get("/openapi?format=JSON");
    assertEquals(200, openapi.status());
    JsonObject paths = openapi.json().getJsonObject("paths");
    assertNotNull(paths.get("/api/v1/referrals"), paths.keySet().toString());
    assertNotNull(paths.get("/api/v1/referrals/{id}/triage"), paths.keySet().toString());
    assertNotNull(paths.get("/api/v1/cases/{id}/commands"), paths.keySet().toString());
    assertNotNull(paths.get("/api/v1/worklists/{list}"), paths.keySet().toString());
  }

  static JsonObject assertViolation(Response response, String fieldPrefix) {
    List<JsonObject> violations = response.json().getJsonArray("violations").getValuesAs(JsonObject.class);
    return violations.stream()
        .filter(v -> !v.isNull("field") && v.getString("field").startsWith(fieldPrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No violation of " + fieldPrefix + " in " + response.body()));
  }
}
