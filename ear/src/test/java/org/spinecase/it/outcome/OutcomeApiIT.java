package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralJson;

/**
 * Outcome measures over /api/v1 with real tokens for every demo user: instruments, responses
 * submitted and saved as you go on a case opened through the referral API, scores exactly as the
 * clinical reference defines them (with their LOINC codes), the PHQ-9 item 9 safety alert and its
 * acknowledgement, history, measure sets, the admin's reference data, and the refusals of the error
 * contract (400 with fields, 401, 403 by role, 404 outside the care team, 409 stale).
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeApiIT {

  private static final String API = "/api/v1";
  private static final Set<DemoUser> TEAM =
      Set.of(DemoUser.SURGEON, DemoUser.PHYSIOTHERAPIST, DemoUser.PSYCHOLOGIST);
  private static final Set<DemoUser> OUTSIDERS = Set.of(DemoUser.PAIN_SPECIALIST, DemoUser.MULTI);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  /** Every demo user has been seen once, so the directory knows them as team members. */
  @BeforeAll
  static void everyoneHasSignedInOnce() {
    for (DemoUser user : DemoUser.values()) {
      Api.as(user).get(API + "/worklists");
    }
  }

  record Episode(long caseId, long patientId) {}

  /**
   * Coordinator sends a referral; the surgeon accepts it as lead with the physiotherapist and the
   * psychologist on the team. The pain specialist and drmulti stay outside it.
   */
  static Episode openCase(String stem) {
    Response received = Api.as(DemoUser.COORDINATOR).post(API + "/referrals",
        ReferralJson.forNewPatient(ReferralJson.uniqueName(stem)).json());
    assertEquals(201, received.status(), received.body());
    long referralId = received.json().getJsonNumber("id").longValue();
    long version = received.json().getJsonNumber("version").longValue();
    Response accepted = Api.as(DemoUser.SURGEON).post(API + "/referrals/" + referralId + "/triage",
        ReferralJson.accept(version, "surgeon", "physio", "psychologist"));
    assertEquals(200, accepted.status(), accepted.body());
    return new Episode(
        accepted.json().getJsonNumber("caseId").longValue(),
        received.json().getJsonNumber("patientId").longValue());
  }

  // --- request bodies --------------------------------------------------------------------------

  /** Answers from item 1 on; null leaves an item unanswered. */
  static JsonObjectBuilder answers(Integer... values) {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        answers.add(String.valueOf(i + 1), Json.createArrayBuilder().add(values[i]));
      }
    }
    return answers;
  }

  static JsonObjectBuilder submission(String instrument, JsonObjectBuilder answers, boolean finish) {
    return Json.createObjectBuilder()
        .add("instrument", instrument)
        .add("timePoint", "BASELINE")
        .add("administeredOn", LocalDate.now().toString())
        .add("answers", answers)
        .add("finish", finish);
  }

  static Response submit(DemoUser as, long caseId, JsonObjectBuilder body) {
    return Api.as(as).post(API + "/cases/" + caseId + "/outcomes", body.build().toString());
  }

  static JsonObject submitted(DemoUser as, long caseId, JsonObjectBuilder body) {
    Response response = submit(as, caseId, body);
    assertEquals(201, response.status(), response.body());
    return response.json();
  }

  static JsonObject complete(DemoUser as, long caseId, String instrument, Integer... values) {
    JsonObject response = submitted(as, caseId, submission(instrument, answers(values), true));
    assertEquals("COMPLETE", response.getString("status"), response.toString());
    return response;
  }

  static Response putAnswers(DemoUser as, long id, long version, JsonObjectBuilder answers) {
    return Api.as(as).put(API + "/outcomes/" + id + "/answers",
        Json.createObjectBuilder().add("version", version).add("answers", answers).build().toString());
  }

  static Response finish(DemoUser as, long id, long version) {
    return Api.as(as).post(API + "/outcomes/" + id + "/finish", "{\"version\": " + version + "}");
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  static JsonObject score(JsonObject response) {
    return response.getJsonObject("score");
  }

  static double total(JsonObject response) {
    return score(response).getJsonNumber("total").doubleValue();
  }

  static Set<String> flags(JsonObject response) {
    return score(response).getJsonArray("flags").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("code")).collect(Collectors.toSet());
  }

  static List<String> violationFields(Response response) {
    return response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.isNull("field") ? null : v.getString("field")).toList();
  }

  static void assertRefused(Response response, String field) {
    assertEquals(400, response.status(), response.body());
    assertTrue(violationFields(response).contains(field), field + " in " + response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  // --- access ----------------------------------------------------------------------------------

  @Test
  void withoutTokenTheApiAnswers401() {
    assertEquals(401, Api.anonymous().get(API + "/instruments").status());
    assertEquals(401, Api.anonymous().get(API + "/outcomes/1").status());
    assertEquals(401, Api.anonymous().get(API + "/cases/1/outcomes").status());
    assertEquals(401, Api.anonymous()
        .post(API + "/cases/1/outcomes", submission("NRS-BACK", answers(5), true).build().toString()).status());
    assertEquals(401, Api.anonymous().get(API + "/admin/measure-schedule").status());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void responsesAreForTheCareTeamScoresNeverForCoordinatorOrAdmin(DemoUser user) {
    Episode episode = openCase("Access");
    JsonObject recorded = submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("NRS-BACK", answers(5), true).add("recallPeriod", "AVERAGE_1_WEEK"));
    submit(DemoUser.PSYCHOLOGIST, episode.caseId(), submission("PHQ-9", answers(0, 0, 0, 0, 0, 0, 0, 0, 1), true));
    long outcomeId = id(recorded);

    int expected = TEAM.contains(user) ? 200 : OUTSIDERS.contains(user) ? 404 : 403;
    Response list = Api.as(user).get(API + "/cases/" + episode.caseId() + "/outcomes");
    assertEquals(expected, list.status(), list.body());
    Response read = Api.as(user).get(API + "/outcomes/" + outcomeId);
    assertEquals(expected, read.status(), read.body());
    Response alerts = Api.as(user).get(API + "/cases/" + episode.caseId() + "/safety-alerts");
    assertEquals(expected, alerts.status(), alerts.body());
    Response created = submit(user, episode.caseId(),
        submission("NRS-LEG", answers(4), true).add("recallPeriod", "NOW"));
    assertEquals(expected == 200 ? 201 : expected, created.status(), created.body());
    Response saved = putAnswers(user, outcomeId, version(recorded), answers(6));
    assertEquals(expected == 200 ? 400 : expected, saved.status(), saved.body()); // 400: it is complete

    // measure sets (instrument names and dates only) are the coordinator's too
    int sets = user == DemoUser.COORDINATOR ? 200 : expected;
    Response measureSets = Api.as(user).get(API + "/cases/" + episode.caseId() + "/measure-sets");
    assertEquals(sets, measureSets.status(), measureSets.body());

    if (expected == 200) {
      assertEquals(2, list.structure().asJsonArray().size(), list.body()); // NRS-BACK, PHQ-9
      assertEquals(1, alerts.structure().asJsonArray().size(), alerts.body());
      assertEquals(5.0, total(read.json()));
    } else {
      assertEquals(expected, read.json().getInt("status"));
      assertFalse(read.body().contains("NRS"), read.body());
    }
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void instrumentsAreListedForTheRolesThatRecordThem(DemoUser user) {
    Response response = Api.as(user).get(API + "/instruments?language=en");
    boolean clinical = !Set.of(DemoUser.COORDINATOR, DemoUser.ADMIN).contains(user);
    assertEquals(clinical ? 200 : 403, response.status(), response.body());
    if (!clinical) {
      return;
    }
    List<JsonObject> instruments = response.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertTrue(instruments.stream().map(i -> i.getString("code")).toList()
        .containsAll(List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9", "GAD-7", "PCS", "STarT-Back", "EQ-5D-5L")),
        response.body());
    JsonObject nrs = instruments.stream().filter(i -> i.getString("code").equals("NRS-BACK")).findFirst().orElseThrow();
    assertFalse(nrs.getJsonArray("recallPeriods").isEmpty(), nrs.toString());
    JsonObject phq9 = instruments.stream().filter(i -> i.getString("code").equals("PHQ-9")).findFirst().orElseThrow();
    assertFalse(phq9.getBoolean("licensed"));
    assertEquals(9, phq9.getJsonArray("items").size());
    assertEquals(4, phq9.getJsonArray("items").getJsonObject(8).getJsonArray("options").size());
    assertTrue(phq9.getJsonArray("recallPeriods").isEmpty(), phq9.toString());
    JsonObject odi = instruments.stream().filter(i -> i.getString("code").equals("ODI")).findFirst().orElseThrow();
    assertTrue(odi.getBoolean("licensed"));
    assertEquals(10, odi.getJsonArray("items").size());
    assertEquals("2.1a", odi.getString("version"));
  }

  // --- pain ratings ----------------------------------------------------------------------------

  @Test
  void backAndLegPainAreRecordedWithTheirRecallPeriodAndLoinc() {
    Episode episode = openCase("Nrs");
    Response back = submit(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("NRS-BACK", answers(6), true).add("recallPeriod", "AVERAGE_1_WEEK"));
    assertEquals(201, back.status(), back.body());
    JsonObject json = back.json();
    assertTrue(back.header("Location").endsWith(API + "/outcomes/" + id(json)), back.header("Location"));
    assertEquals(String.valueOf(version(json)), back.header("ETag").replace("\"", ""));
    assertEquals("NRS-BACK", json.getString("instrumentCode"));
    assertEquals("Back pain intensity (NRS)", json.getString("instrumentName"));
    assertEquals("NRS 0-10", json.getString("instrumentVersion"));
    assertEquals("AVERAGE_1_WEEK", json.getString("recallPeriod"));
    assertEquals("BASELINE", json.getString("timePoint"));
    assertEquals("en", json.getString("language"));
    assertEquals("CLINICIAN", json.getString("mode"));
    assertEquals("physio", json.getString("enteredBy"));
    assertNotNull(json.getString("enteredAt"));
    assertNotNull(json.getString("completedAt"));
    assertEquals(LocalDate.now().toString(), json.getString("administeredOn"));
    assertEquals(episode.caseId(), json.getJsonNumber("caseId").longValue());
    assertEquals(episode.patientId(), json.getJsonNumber("patientId").longValue());
    assertEquals(6.0, total(json));
    assertEquals("72514-3", score(json).getString("loincTotal"));

    Response leg = submit(DemoUser.SURGEON, episode.caseId(),
        submission("NRS-LEG", answers(8), true).add("recallPeriod", "WORST_24_HOURS").add("mode", "PATIENT_TABLET")
            .add("language", "de"));
    assertEquals(201, leg.status(), leg.body());
    assertEquals(8.0, total(leg.json()));
    assertEquals("WORST_24_HOURS", leg.json().getString("recallPeriod"));
    assertEquals("PATIENT_TABLET", leg.json().getString("mode"));
    assertEquals("de", leg.json().getString("language"));
    assertEquals("72514-3", score(leg.json()).getString("loincTotal"));

    Response read = Api.as(DemoUser.PSYCHOLOGIST).get(API + "/outcomes/" + id(json));
    assertEquals(200, read.status(), read.body());
    assertEquals(Json.createObjectBuilder().add("1", Json.createArrayBuilder().add(6)).build(),
        read.json().getJsonObject("answers"));
    assertEquals(String.valueOf(version(read.json())), read.header("ETag").replace("\"", ""));

    List<JsonObject> list = Api.as(DemoUser.SURGEON).get(API + "/cases/" + episode.caseId() + "/outcomes")
        .structure().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(List.of(id(leg.json()), id(json)), list.stream().map(OutcomeApiIT::id).toList(), "newest first");
    assertFalse(list.get(0).containsKey("answers"), list.get(0).toString());
  }

  @Test
  void aPainRatingWithoutRecallPeriodIs400() {
    Episode episode = openCase("NoRecall");
    assertRefused(submit(DemoUser.PHYSIOTHERAPIST, episode.caseId(), submission("NRS-BACK", answers(6), true)),
        "recallPeriod");
    // the instrument fixes its own time frame elsewhere
    assertRefused(submit(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("ODI", answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), true).add("recallPeriod", "NOW")), "recallPeriod");
    assertEquals(0, Api.as(DemoUser.SURGEON).get(API + "/cases/" + episode.caseId() + "/outcomes")
        .structure().asJsonArray().size());
  }

  @Test
  void badInputIs400NamingTheField() {
    long caseId = openCase("BadInput").caseId();
    assertRefused(submit(DemoUser.SURGEON, caseId, submission("ODI-99", answers(1), true)), "instrument");
    assertRefused(submit(DemoUser.SURGEON, caseId,
        submission("ODI", answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), true)
            .add("administeredOn", LocalDate.now().plusDays(1).toString())), "administeredOn");
    assertRefused(submit(DemoUser.SURGEON, caseId, submission("ODI", answers(6, 1, 1, 1, 1, 1, 1, 1, 1, 1), true)),
        "answers");
    assertRefused(submit(DemoUser.SURGEON, caseId, submission("PHQ-9", answers(0, 0, 0, 0, 0, 0, 0, 0, 4), false)),
        "answers");
    assertRefused(submit(DemoUser.SURGEON, caseId, submission("PHQ-9", answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), true)),
        "answers");
    assertRefused(submit(DemoUser.SURGEON, caseId,
        submission("PHQ-9", Json.createObjectBuilder().add("x", Json.createArrayBuilder().add(1)), false)),
        "answers.x");
    assertRefused(submit(DemoUser.SURGEON, caseId,
        submission("PHQ-9", Json.createObjectBuilder().add("1", "often"), false)), "answers.1");
    Response unknownPoint = submit(DemoUser.SURGEON, caseId, submission("ODI", answers(1), false).add("timePoint", "MONTH_2"));
    assertRefused(unknownPoint, "timePoint");
    Response unknownCodes = submit(DemoUser.SURGEON, caseId,
        submission("NRS-BACK", answers(1), false).add("recallPeriod", "YESTERDAY").add("mode", "FAX"));
    assertRefused(unknownCodes, "recallPeriod");
    assertRefused(unknownCodes, "mode");
    Response noPoint = Api.as(DemoUser.SURGEON).post(API + "/cases/" + caseId + "/outcomes",
        "{\"instrument\": \"GAD-7\", \"answers\": {\"1\": [1]}}");
    assertRefused(noPoint, "timePoint");

    Response malformed = Api.as(DemoUser.SURGEON).post(API + "/cases/" + caseId + "/outcomes",
        "{\"instrument\": \"ODI\", \"answers\": {\"1\": [1]");
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals(400, malformed.json().getInt("status"));
    assertFalse(malformed.body().contains("Exception"), malformed.body());

    Response none = Api.as(DemoUser.SURGEON).post(API + "/cases/" + caseId + "/outcomes", "");
    assertEquals(400, none.status(), none.body());

    assertEquals(0, Api.as(DemoUser.SURGEON).get(API + "/cases/" + caseId + "/outcomes")
        .structure().asJsonArray().size(), "nothing refused was kept");
    assertEquals(404, Api.as(DemoUser.SURGEON).get(API + "/outcomes/999999999").status());
    assertEquals(404, submit(DemoUser.SURGEON, 999_999_999L, submission("GAD-7", answers(0), false)).status());
  }

  /**
   * The values the JSON binding used to wrap or truncate elsewhere (4294967301 is 5 in 32 bits, 5.9
   * truncates to 5) are refused as answers, and a version that would wrap (2^64 + v read as v) and
   * a NUL character in a text are refused too, each naming the field; nothing is saved.
   */
  @Test
  void numbersThatWouldWrapOrTruncateAndNulInTextAre400NamingTheField() {
    long caseId = openCase("Wrap").caseId();
    for (Number wrapping : List.of(new BigInteger("4294967301"), new BigDecimal("5.9"))) {
      JsonObjectBuilder answers = Json.createObjectBuilder().add("1", Json.createArrayBuilder().add(
          wrapping instanceof BigInteger big ? Json.createValue(big) : Json.createValue((BigDecimal) wrapping)));
      assertRefused(submit(DemoUser.SURGEON, caseId,
          submission("NRS-BACK", answers, false).add("recallPeriod", "NOW")), "answers.1");
    }
    JsonObject partial = submitted(DemoUser.PHYSIOTHERAPIST, caseId, submission("GAD-7", answers(1, 1), false));
    String path = API + "/outcomes/" + id(partial);
    BigInteger wrappedVersion = BigInteger.TWO.pow(64).add(BigInteger.valueOf(version(partial)));
    assertRefused(Api.as(DemoUser.PHYSIOTHERAPIST).put(path + "/answers",
        "{\"version\": " + wrappedVersion + ", \"answers\": {\"3\": [2]}}"), "version");
    assertRefused(Api.as(DemoUser.PHYSIOTHERAPIST).put(path + "/answers",
        "{\"version\": " + version(partial) + ".5, \"answers\": {\"3\": [2]}}"), "version");
    assertRefused(Api.as(DemoUser.PHYSIOTHERAPIST).post(path + "/entered-in-error",
        Json.createObjectBuilder().add("reason", "Wrong\u0000patient").add("version", version(partial))
            .build().toString()), "reason");

    JsonObject kept = Api.as(DemoUser.PHYSIOTHERAPIST).get(path).json();
    assertEquals(version(partial), version(kept), kept.toString());
    assertEquals("IN_PROGRESS", kept.getString("status"));
    assertEquals(2, kept.getJsonObject("answers").size());
    assertEquals(1, Api.as(DemoUser.SURGEON).get(API + "/cases/" + caseId + "/outcomes").structure()
        .asJsonArray().size(), "only the valid response was kept");
  }

  /**
   * A caller who may not record on the case hears so first, whatever the input: 403 for the
   * coordinator and the admin, 404 for a clinician outside the care team; field messages are for
   * those who may write.
   */
  @Test
  void aCallerWhoMayNotRecordIsRefusedBeforeTheInputIsChecked() {
    long caseId = openCase("Order").caseId();
    JsonObject partial = submitted(DemoUser.PHYSIOTHERAPIST, caseId, submission("GAD-7", answers(1), false));
    JsonObject bad = submission("GAD-7", Json.createObjectBuilder().add("x", "often"), false)
        .add("timePoint", "MONTH_2").build();
    String badAnswers = "{\"version\": 0, \"answers\": {\"x\": \"often\"}}";
    Map<DemoUser, Integer> refusals =
        Map.of(DemoUser.ADMIN, 403, DemoUser.COORDINATOR, 403, DemoUser.PAIN_SPECIALIST, 404);
    refusals.forEach((user, status) -> {
      assertEquals(status, submit(user, caseId, Json.createObjectBuilder(bad)).status(), user + " submit");
      assertEquals(status, Api.as(user).put(API + "/outcomes/" + id(partial) + "/answers", badAnswers).status(),
          user + " answers");
    });
    assertRefused(submit(DemoUser.SURGEON, caseId, Json.createObjectBuilder(bad)), "timePoint");
  }

  // --- ODI -------------------------------------------------------------------------------------

  @Test
  void odiIsScoredExactlyAsAPercentageWithItsLoincCodes() {
    long caseId = openCase("Odi").caseId();
    JsonObject odi = complete(DemoUser.PHYSIOTHERAPIST, caseId, "ODI", 3, 2, 1, 4, 0, 2, 3, 1, 2, 2);
    assertEquals(40.0, total(odi), 0.0, "20 of 50 = 40 %");
    assertEquals("Moderate disability", score(odi).getString("band"));
    assertEquals("97908-8", score(odi).getString("loincPanel"));
    assertEquals("97909-6", score(odi).getString("loincTotal"));
    assertEquals("Oswestry Disability Index", odi.getString("instrumentName"));
    assertEquals("2.1a", odi.getString("instrumentVersion"));
    assertFalse(odi.containsKey("recallPeriod"), odi.toString());
    assertEquals(10, odi.getJsonObject("answers").size());
  }

  @Test
  void odiWithTwoMissingSectionsDividesByTheAnsweredOnes() {
    long caseId = openCase("OdiMissing").caseId();
    JsonObject odi = complete(DemoUser.SURGEON, caseId, "ODI", 4, 3, 2, 1, null, 0, 1, 2, 3, null);
    assertEquals(40.0, total(odi), 0.0, "16 of 40 = 40 % (not 16 of 50 = 32 %)");
    assertEquals(8, odi.getJsonObject("answers").size());
  }

  @Test
  void odiWithSevenSectionsIsNotScorableAndCannotBeFinished() {
    long caseId = openCase("OdiSeven").caseId();
    Response finished = submit(DemoUser.PHYSIOTHERAPIST, caseId,
        submission("ODI", answers(1, 1, 1, 1, 1, 1, 1), true));
    assertRefused(finished, "answers");
    assertTrue(finished.body().contains("7 sections answered, 8 needed"), finished.body());

    JsonObject partial = submitted(DemoUser.PHYSIOTHERAPIST, caseId, submission("ODI", answers(1, 1, 1, 1, 1, 1, 1), false));
    assertEquals("IN_PROGRESS", partial.getString("status"));
    assertFalse(score(partial).containsKey("total"), partial.toString());
    assertEquals("7 sections answered, 8 needed", score(partial).getString("notScorableReason"));
    Response refused = finish(DemoUser.PHYSIOTHERAPIST, id(partial), version(partial));
    assertRefused(refused, "answers");
    assertEquals("IN_PROGRESS", Api.as(DemoUser.PHYSIOTHERAPIST).get(API + "/outcomes/" + id(partial)).json()
        .getString("status"));
  }

  @Test
  void aDoubledOdiTickCountsTheHigherAndIsKept() {
    long caseId = openCase("OdiDouble").caseId();
    JsonObjectBuilder answers = answers(null, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        .add("1", Json.createArrayBuilder().add(2).add(4));
    JsonObject odi = submitted(DemoUser.SURGEON, caseId, submission("ODI", answers, true));
    assertEquals(8.0, total(odi), 0.0, "4 of 50 = 8 %");
    assertEquals(Json.createArrayBuilder().add(2).add(4).build(), odi.getJsonObject("answers").getJsonArray("1"));
    // where the instrument has no rule for two ticks, they are refused
    assertRefused(submit(DemoUser.SURGEON, caseId, submission("GAD-7",
        Json.createObjectBuilder().add("1", Json.createArrayBuilder().add(1).add(2)), false)), "answers");
  }

  // --- PHQ-9, GAD-7, STarT Back ----------------------------------------------------------------

  @Test
  void phq9Item9RaisesASafetyAlertOnTheCaseThatAClinicianAcknowledgesWithANote() {
    Episode episode = openCase("Alert");
    JsonObject phq9 = complete(DemoUser.PSYCHOLOGIST, episode.caseId(), "PHQ-9", 0, 0, 0, 0, 0, 0, 0, 0, 1);
    assertEquals(1.0, total(phq9));
    assertEquals("0-4", score(phq9).getString("band"));
    assertTrue(flags(phq9).contains("SAFETY_ALERT"), phq9.toString());
    assertTrue(phq9.getBoolean("safetyAlert"));
    assertEquals("44249-1", score(phq9).getString("loincPanel"));
    assertEquals("44261-6", score(phq9).getString("loincTotal"));

    String alertsPath = API + "/cases/" + episode.caseId() + "/safety-alerts";
    List<JsonObject> alerts = Api.as(DemoUser.SURGEON).get(alertsPath).structure().asJsonArray()
        .getValuesAs(JsonObject.class);
    assertEquals(1, alerts.size(), alerts.toString());
    JsonObject alert = alerts.get(0);
    assertTrue(alert.getBoolean("open"));
    assertEquals(id(phq9), alert.getJsonNumber("responseId").longValue());
    assertEquals(episode.caseId(), alert.getJsonNumber("caseId").longValue());

    String ack = API + "/safety-alerts/" + id(alert) + "/acknowledgement";
    assertRefused(Api.as(DemoUser.SURGEON).post(ack, "{\"version\": " + version(alert) + "}"), "note");
    assertRefused(Api.as(DemoUser.SURGEON).post(ack, "{\"note\": \"  \", \"version\": " + version(alert) + "}"), "note");
    assertEquals(403, Api.as(DemoUser.COORDINATOR).post(ack, "{\"note\": \"Seen\", \"version\": 0}").status());
    assertEquals(404, Api.as(DemoUser.PAIN_SPECIALIST).post(ack, "{\"note\": \"Seen\", \"version\": 0}").status());

    Response acknowledged = Api.as(DemoUser.SURGEON).post(ack,
        Json.createObjectBuilder().add("note", "Called the patient; no plan, safety plan agreed with GP.")
            .add("version", version(alert)).build().toString());
    assertEquals(200, acknowledged.status(), acknowledged.body());
    assertFalse(acknowledged.json().getBoolean("open"));
    assertEquals("surgeon", acknowledged.json().getString("acknowledgedBy"));
    assertTrue(acknowledged.json().getString("note").startsWith("Called the patient"));
    assertNotNull(acknowledged.json().getString("acknowledgedAt"));

    Response again = Api.as(DemoUser.PSYCHOLOGIST).post(ack,
        "{\"note\": \"Seen too\", \"version\": " + version(alert) + "}");
    assertEquals(409, again.status(), again.body());
    assertFalse(Api.as(DemoUser.PHYSIOTHERAPIST).get(alertsPath).structure().asJsonArray().getJsonObject(0)
        .getBoolean("open"));
  }

  @Test
  void aPartialPhq9WithItem9RaisesTheAlertOnce() {
    Episode episode = openCase("AlertPartial");
    JsonObject partial = submitted(DemoUser.PSYCHOLOGIST, episode.caseId(),
        submission("PHQ-9", answers(null, null, null, null, null, null, null, null, 2), false));
    assertEquals("IN_PROGRESS", partial.getString("status"));
    assertTrue(flags(partial).contains("SAFETY_ALERT"), partial.toString());
    Response more = putAnswers(DemoUser.PSYCHOLOGIST, id(partial), version(partial), answers(1, 1, 1));
    assertEquals(200, more.status(), more.body());
    assertEquals(1, Api.as(DemoUser.PSYCHOLOGIST).get(API + "/cases/" + episode.caseId() + "/safety-alerts")
        .structure().asJsonArray().size());
  }

  @Test
  void gad7OfTenIsFlagged() {
    long caseId = openCase("Gad").caseId();
    JsonObject ten = complete(DemoUser.PSYCHOLOGIST, caseId, "GAD-7", 2, 2, 2, 1, 1, 1, 1);
    assertEquals(10.0, total(ten));
    assertEquals("10-14", score(ten).getString("band"));
    assertEquals(Set.of("ANXIETY_EVALUATION"), flags(ten));
    assertEquals("70274-6", score(ten).getString("loincTotal"));
    JsonObject nine = complete(DemoUser.PSYCHOLOGIST, caseId, "GAD-7", 2, 2, 2, 1, 1, 1, 0);
    assertEquals(9.0, total(nine));
    assertEquals(Set.of(), flags(nine));
  }

  @Test
  void startBackRiskFollowsTheDistressSubscaleAboveATotalOfThree() {
    long caseId = openCase("StartBack").caseId();
    JsonObject medium = complete(DemoUser.PHYSIOTHERAPIST, caseId, "STarT-Back", 1, 1, 1, 1, 1, 0, 0, 0, 0);
    assertEquals(5.0, total(medium));
    assertEquals("Medium risk", score(medium).getString("band"));
    JsonObject distress = score(medium).getJsonArray("subscales").getJsonObject(0);
    assertEquals("distress", distress.getString("code"));
    assertEquals(1.0, distress.getJsonNumber("value").doubleValue());
    assertEquals("91350-9", distress.getString("loinc"));
    assertEquals("91349-1", score(medium).getString("loincPanel"));
    assertEquals("91351-7", score(medium).getString("loincTotal"));

    JsonObject high = complete(DemoUser.PHYSIOTHERAPIST, caseId, "STarT-Back", 0, 0, 0, 0, 1, 1, 1, 1, 4);
    assertEquals(5.0, total(high));
    assertEquals("High risk", score(high).getString("band"));

    JsonObject low = complete(DemoUser.PHYSIOTHERAPIST, caseId, "STarT-Back", 0, 0, 0, 0, 1, 1, 1, 0, 2);
    assertEquals(3.0, total(low));
    assertEquals("Low risk", score(low).getString("band"), "a total of 3 is low whatever the distress");

    // a response entered in error keeps its whole score, subscales included
    Response marked = Api.as(DemoUser.PHYSIOTHERAPIST).post(API + "/outcomes/" + id(high) + "/entered-in-error",
        "{\"reason\": \"Answered by the wrong patient.\", \"version\": " + version(high) + "}");
    assertEquals(200, marked.status(), marked.body());
    assertEquals(5.0, total(marked.json()));
    assertEquals(5.0, score(marked.json()).getJsonArray("subscales").getJsonObject(0).getJsonNumber("value").doubleValue(),
        marked.body());
  }

  /**
   * STarT Back item 9 is answered on five options (the published Not at all / Slightly /
   * Moderately / Very much / Extremely, shown with neutral labels until the clinic supplies the
   * licensed text): the answer itself is stored, and it scores 1 only for the last two.
   */
  @Test
  void startBackItem9StoresTheFiveWayAnswerAndScoresFromIt() {
    JsonObject item9 = Api.as(DemoUser.PHYSIOTHERAPIST).get(API + "/instruments").structure().asJsonArray()
        .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals("STarT-Back"))
        .findFirst().orElseThrow().getJsonArray("items").getJsonObject(8);
    assertEquals(List.of("Answer option 0", "Answer option 1", "Answer option 2", "Answer option 3",
        "Answer option 4"), item9.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("label")).toList(), item9.toString());

    long caseId = openCase("StartBack9").caseId();
    int[] points = {0, 0, 0, 1, 1};
    for (int answer = 0; answer <= 4; answer++) {
      JsonObject response = complete(DemoUser.PHYSIOTHERAPIST, caseId, "STarT-Back", 1, 1, 1, 1, 0, 0, 0, 0, answer);
      assertEquals(List.of(answer), response.getJsonObject("answers").getJsonArray("9")
          .getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList(), response.toString());
      assertEquals(4.0 + points[answer], total(response), "item 9 answered " + answer);
      JsonObject stored = Api.as(DemoUser.PHYSIOTHERAPIST).get(API + "/outcomes/" + id(response)).json();
      assertEquals(answer, stored.getJsonObject("answers").getJsonArray("9").getInt(0), stored.toString());
    }
    assertRefused(submit(DemoUser.PHYSIOTHERAPIST, caseId,
        submission("STarT-Back", answers(1, 1, 1, 1, 0, 0, 0, 0, 5), false)), "answers");
  }

  // --- saving as you go, versions, entered in error ---------------------------------------------

  @Test
  void answersAreSavedAsYouGoThenFinished() {
    long caseId = openCase("Partial").caseId();
    Response started = submit(DemoUser.PHYSIOTHERAPIST, caseId, submission("ODI", answers(1, 2, 3, 4, 5), false));
    assertEquals(201, started.status(), started.body());
    JsonObject partial = started.json();
    assertEquals("IN_PROGRESS", partial.getString("status"));
    assertFalse(partial.containsKey("completedAt"), partial.toString());

    // the ETag sent back as If-Match
    Response more = putIfMatch(DemoUser.PHYSIOTHERAPIST, id(partial), started.header("ETag"),
        answers(null, null, null, null, null, 0, 1, 2, 3, 4));
    assertEquals(200, more.status(), more.body());
    JsonObject saved = more.json();
    assertTrue(version(saved) > version(partial), saved.toString());
    assertEquals(10, saved.getJsonObject("answers").size());
    assertEquals(50.0, total(saved), 0.0, "25 of 50");

    // an empty list clears an item: 20 of 45
    Response cleared = putAnswers(DemoUser.PHYSIOTHERAPIST, id(partial), version(saved),
        Json.createObjectBuilder().add("5", JsonValue.EMPTY_JSON_ARRAY));
    assertEquals(200, cleared.status(), cleared.body());
    assertEquals(9, cleared.json().getJsonObject("answers").size());
    assertEquals(20.0 * 100 / 45, total(cleared.json()), 1e-9);

    Response finished = Api.as(DemoUser.SURGEON).post(API + "/outcomes/" + id(partial) + "/finish",
        "{\"version\": " + version(cleared.json()) + "}");
    assertEquals(200, finished.status(), finished.body());
    assertEquals("COMPLETE", finished.json().getString("status"));
    assertNotNull(finished.json().getString("completedAt"));
    assertEquals("physio", finished.json().getString("enteredBy"));

    assertRefused(putAnswers(DemoUser.PHYSIOTHERAPIST, id(partial), version(finished.json()), answers(0)), "answers");
  }

  static Response putIfMatch(DemoUser as, long id, String etag, JsonObjectBuilder answers) {
    return Api.as(as).putWithHeader(API + "/outcomes/" + id + "/answers",
        Json.createObjectBuilder().add("answers", answers).build().toString(), "If-Match", etag);
  }

  @Test
  void aSaveOnAStaleVersionIs409() {
    long caseId = openCase("Stale").caseId();
    JsonObject partial = submitted(DemoUser.PHYSIOTHERAPIST, caseId, submission("GAD-7", answers(1, 1), false));
    long read = version(partial);
    assertEquals(200, putAnswers(DemoUser.PHYSIOTHERAPIST, id(partial), read, answers(null, null, 2)).status());

    Response stale = putIfMatch(DemoUser.SURGEON, id(partial), "\"" + read + "\"", answers(null, null, 3));
    assertEquals(409, stale.status(), stale.body());
    assertEquals(409, finish(DemoUser.SURGEON, id(partial), read).status());
    Response noVersion = Api.as(DemoUser.SURGEON).put(API + "/outcomes/" + id(partial) + "/answers",
        "{\"answers\": {\"4\": [1]}}");
    assertRefused(noVersion, "version");

    JsonObject current = Api.as(DemoUser.SURGEON).get(API + "/outcomes/" + id(partial)).json();
    assertEquals(List.of(2), current.getJsonObject("answers").getJsonArray("3").getValuesAs(
        jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList());
  }

  @Test
  void aResponseEnteredInErrorKeepsItsAnswersAndTheReason() {
    long caseId = openCase("Error").caseId();
    JsonObject nrs = submitted(DemoUser.SURGEON, caseId,
        submission("NRS-BACK", answers(7), true).add("recallPeriod", "NOW"));
    String path = API + "/outcomes/" + id(nrs) + "/entered-in-error";
    assertRefused(Api.as(DemoUser.SURGEON).post(path, "{\"version\": " + version(nrs) + "}"), "reason");
    assertEquals(403, Api.as(DemoUser.COORDINATOR).post(path, "{\"reason\": \"x\", \"version\": 0}").status());

    Response marked = Api.as(DemoUser.PHYSIOTHERAPIST).post(path,
        "{\"reason\": \"Recorded on the wrong patient's case.\", \"version\": " + version(nrs) + "}");
    assertEquals(200, marked.status(), marked.body());
    assertEquals("ENTERED_IN_ERROR", marked.json().getString("status"));
    assertEquals("Recorded on the wrong patient's case.", marked.json().getString("errorReason"));
    assertEquals(1, marked.json().getJsonObject("answers").size());
    Response twice = Api.as(DemoUser.PHYSIOTHERAPIST).post(path,
        "{\"reason\": \"Again\", \"version\": " + version(marked.json()) + "}");
    assertEquals(400, twice.status(), twice.body());
  }

  // --- history and measure sets ----------------------------------------------------------------

  @Test
  void theHistoryHoldsTheCompleteResponsesOnly() {
    Episode episode = openCase("History");
    JsonObject complete = submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("NRS-BACK", answers(6), true).add("recallPeriod", "AVERAGE_1_WEEK"));
    JsonObject odi = complete(DemoUser.PHYSIOTHERAPIST, episode.caseId(), "ODI", 3, 2, 1, 4, 0, 2, 3, 1, 2, 2);
    JsonObject partial = submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(), submission("ODI", answers(1, 1), false));
    JsonObject wrong = submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("NRS-LEG", answers(9), true).add("recallPeriod", "NOW"));
    assertEquals(200, Api.as(DemoUser.PHYSIOTHERAPIST).post(API + "/outcomes/" + id(wrong) + "/entered-in-error",
        "{\"reason\": \"Typed into the wrong field.\", \"version\": " + version(wrong) + "}").status());

    String path = API + "/patients/" + episode.patientId() + "/outcomes";
    Response history = Api.as(DemoUser.SURGEON).get(path);
    assertEquals(200, history.status(), history.body());
    List<JsonObject> rows = history.json().getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(Set.of(id(complete), id(odi)),
        rows.stream().map(r -> r.getJsonNumber("responseId").longValue()).collect(Collectors.toSet()), history.body());
    JsonObject odiRow = rows.stream().filter(r -> r.getString("instrumentCode").equals("ODI")).findFirst().orElseThrow();
    assertEquals(40.0, odiRow.getJsonNumber("total").doubleValue());
    assertEquals("Moderate disability", odiRow.getString("band"));
    JsonObject nrsRow = rows.stream().filter(r -> r.getString("instrumentCode").equals("NRS-BACK")).findFirst().orElseThrow();
    assertEquals("AVERAGE_1_WEEK", nrsRow.getString("recallPeriod"));
    assertEquals("physio", nrsRow.getString("enteredBy"));
    assertFalse(history.body().contains("\"responseId\":" + id(partial) + ","), history.body());

    assertEquals(403, Api.as(DemoUser.COORDINATOR).get(path).status());
    assertEquals(403, Api.as(DemoUser.ADMIN).get(path).status());
    for (DemoUser outsider : OUTSIDERS) {
      Response theirs = Api.as(outsider).get(path);
      assertTrue(theirs.status() == 404
          || (theirs.status() == 200 && theirs.json().getJsonArray("rows").isEmpty()), theirs.body());
    }
  }

  @Test
  void theBaselineSetIsDueAtOpeningAndTickedOffByCompleteResponses() {
    Episode episode = openCase("Sets");
    String path = API + "/cases/" + episode.caseId() + "/measure-sets";
    JsonObject baseline = baseline(Api.as(DemoUser.COORDINATOR).get(path));
    assertEquals("OPEN", baseline.getString("status"));
    assertEquals(LocalDate.now().toString(), baseline.getString("dueOn"));
    assertFalse(baseline.getBoolean("overdue"));
    assertTrue(outstanding(baseline).containsAll(List.of("NRS-BACK", "ODI", "PHQ-9")), baseline.toString());

    JsonObject nrs = submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(),
        submission("NRS-BACK", answers(4), true).add("recallPeriod", "AVERAGE_1_WEEK"));
    submitted(DemoUser.PHYSIOTHERAPIST, episode.caseId(), submission("ODI", answers(1, 1), false));
    JsonObject after = baseline(Api.as(DemoUser.SURGEON).get(path));
    assertFalse(outstanding(after).contains("NRS-BACK"), after.toString());
    assertTrue(outstanding(after).contains("ODI"), "a response in progress does not count: " + after);

    Api.as(DemoUser.PHYSIOTHERAPIST).post(API + "/outcomes/" + id(nrs) + "/entered-in-error",
        "{\"reason\": \"Wrong patient.\", \"version\": " + version(nrs) + "}");
    assertTrue(outstanding(baseline(Api.as(DemoUser.COORDINATOR).get(path))).contains("NRS-BACK"));
  }

  @Test
  void theBaselineSetIsOnTheMeasuresDueWorklistOfTheCoordinatorAndTheTeam() {
    String family = ReferralJson.uniqueName("Due");
    Response received = Api.as(DemoUser.COORDINATOR).post(API + "/referrals", ReferralJson.forNewPatient(family).json());
    assertEquals(201, received.status(), received.body());
    Response accepted = Api.as(DemoUser.SURGEON).post(API + "/referrals/" + received.json().getJsonNumber("id") + "/triage",
        ReferralJson.accept(received.json().getJsonNumber("version").longValue(), "surgeon", "physio"));
    assertEquals(200, accepted.status(), accepted.body());
    long caseId = accepted.json().getJsonNumber("caseId").longValue();

    for (DemoUser user : DemoUser.values()) {
      Response page = Api.as(user).get(API + "/worklists/MEASURES_DUE?q=" + family);
      if (user == DemoUser.ADMIN) {
        assertEquals(403, page.status(), page.body());
        continue;
      }
      assertEquals(200, page.status(), user + ": " + page.body());
      boolean sees = Set.of(DemoUser.COORDINATOR, DemoUser.SURGEON, DemoUser.PHYSIOTHERAPIST).contains(user);
      assertEquals(sees ? 1 : 0, page.json().getInt("total"), user + ": " + page.body());
      if (sees) {
        JsonObject row = page.json().getJsonArray("items").getJsonObject(0);
        assertEquals(caseId, row.getJsonNumber("caseId").longValue());
        assertTrue(row.getString("status").contains("Baseline"), row.toString());
        assertFalse(row.toString().contains("total"), "no scores on the worklist: " + row);
      }
    }
  }

  static JsonObject baseline(Response sets) {
    assertEquals(200, sets.status(), sets.body());
    return sets.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("timePoint").equals("BASELINE")).findFirst().orElseThrow(() -> new AssertionError(sets.body()));
  }

  static List<String> outstanding(JsonObject set) {
    return set.getJsonArray("outstanding").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }

  // --- reference data (admin) ------------------------------------------------------------------

  @Test
  void theAdminKeepsTheScheduleEveryoneReadsIt() {
    String path = API + "/admin/measure-schedule";
    Response read = Api.as(DemoUser.ADMIN).get(path);
    assertEquals(200, read.status(), read.body());
    List<JsonObject> entries = read.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(List.of("BASELINE", "MONTH_3", "MONTH_6", "MONTH_12"),
        entries.stream().map(e -> e.getString("timePoint")).toList());
    JsonObject month6 = entries.get(2);
    try {
      String replacement = "[{\"timePoint\": \"MONTH_6\", \"instruments\": [\"NRS-BACK\", \"ODI\"]}]";
      assertEquals(403, Api.as(DemoUser.SURGEON).put(path, replacement).status());
      assertEquals(403, Api.as(DemoUser.COORDINATOR).put(path, replacement).status());
      Response replaced = Api.as(DemoUser.ADMIN).put(path, replacement);
      assertEquals(200, replaced.status(), replaced.body());
      for (DemoUser user : DemoUser.values()) {
        Response seen = Api.as(user).get(path);
        assertEquals(200, seen.status(), user + ": " + seen.body());
        JsonObject seen6 = seen.structure().asJsonArray().getJsonObject(2);
        assertEquals(List.of("NRS-BACK", "ODI"), outstandingOf(seen6, "instruments"), user.toString());
      }
      assertRefused(Api.as(DemoUser.ADMIN).put(path, "[{\"timePoint\": \"MONTH_6\", \"instruments\": [\"XYZ\"]}]"),
          "[0].instruments[0]");
      assertRefused(Api.as(DemoUser.ADMIN).put(path,
          "[{\"timePoint\": \"MONTH_6\", \"instruments\": [\"ODI\", \" ODI\"]}]"), "[0].instruments[1]");
      assertRefused(Api.as(DemoUser.ADMIN).put(path, "[{\"timePoint\": \"UNSCHEDULED\", \"instruments\": []}]"),
          "[0].timePoint");
      assertRefused(Api.as(DemoUser.ADMIN).put(path, "[{\"timePoint\": \"SOMETIME\", \"instruments\": []}]"),
          "[0].timePoint");
    } finally {
      Response restored = Api.as(DemoUser.ADMIN).put(path,
          Json.createArrayBuilder().add(Json.createObjectBuilder().add("timePoint", "MONTH_6")
              .add("instruments", month6.getJsonArray("instruments"))).build().toString());
      assertEquals(200, restored.status(), restored.body());
    }
  }

  static List<String> outstandingOf(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }

  @Test
  void theAdminSuppliesLicensedTextButNotForFreeInstruments() {
    // a language no other test reads, so the shipped neutral labels stay for English
    String language = "nl";
    String path = API + "/admin/instrument-text/ODI/" + language;
    JsonArrayBuilder texts = Json.createArrayBuilder();
    for (int section = 1; section <= 10; section++) {
      texts.add(Json.createObjectBuilder().add("item", section).add("text", "Sectie " + section + " (testtekst)"));
    }
    texts.add(Json.createObjectBuilder().add("item", 1).add("option", 0).add("text", "Optie nul (testtekst)"));
    String body = texts.build().toString();
    assertEquals(403, Api.as(DemoUser.SURGEON).put(path, body).status());
    assertEquals(403, Api.as(DemoUser.COORDINATOR).put(path, body).status());

    Response supplied = Api.as(DemoUser.ADMIN).put(path, body);
    assertEquals(200, supplied.status(), supplied.body());
    assertEquals(11, supplied.json().getInt("texts"));

    JsonObject odi = Api.as(DemoUser.PHYSIOTHERAPIST).get(API + "/instruments?language=" + language)
        .structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals("ODI")).findFirst().orElseThrow();
    assertTrue(odi.getBoolean("textSupplied"), odi.toString());
    JsonObject item1 = odi.getJsonArray("items").getJsonObject(0);
    assertEquals("Sectie 1 (testtekst)", item1.getString("label"));
    assertEquals("Optie nul (testtekst)", item1.getJsonArray("options").getJsonObject(0).getString("label"));
    assertEquals("Answer option 1", item1.getJsonArray("options").getJsonObject(1).getString("label"));
    JsonObject english = Api.as(DemoUser.PHYSIOTHERAPIST).get(API + "/instruments?language=en")
        .structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals("ODI")).findFirst().orElseThrow();
    assertFalse(english.getJsonArray("items").getJsonObject(0).getString("label").contains("testtekst"),
        "text supplied for one language only");

    Response free = Api.as(DemoUser.ADMIN).put(API + "/admin/instrument-text/PHQ-9/" + language,
        "[{\"item\": 1, \"text\": \"Some other wording\"}]");
    assertEquals(400, free.status(), free.body());
    Response unknownItem = Api.as(DemoUser.ADMIN).put(path,
        "[{\"item\": 1, \"text\": \"Sectie 1\"}, {\"item\": 11, \"text\": \"Sectie 11\"}]");
    assertRefused(unknownItem, "[1]");
    Response unknownOption = Api.as(DemoUser.ADMIN).put(path, "[{\"item\": 1, \"option\": 6, \"text\": \"Zes\"}]");
    assertRefused(unknownOption, "[0]");
    Response unknownInstrument = Api.as(DemoUser.ADMIN).put(API + "/admin/instrument-text/NOPE/" + language,
        "[{\"item\": 1, \"text\": \"x\"}]");
    assertEquals(400, unknownInstrument.status(), unknownInstrument.body());
  }

  @Test
  void theOpenApiDocumentDescribesTheOutcomeApi() {
    Response openapi = Api.anonymous().get("/openapi?format=JSON");
    assertEquals(200, openapi.status());
    JsonObject paths = openapi.json().getJsonObject("paths");
    for (String path : List.of("/api/v1/instruments", "/api/v1/cases/{caseId}/outcomes", "/api/v1/outcomes/{id}",
        "/api/v1/outcomes/{id}/answers", "/api/v1/patients/{patientId}/outcomes",
        "/api/v1/safety-alerts/{id}/acknowledgement", "/api/v1/admin/measure-schedule")) {
      assertNotNull(paths.get(path), path);
    }
    assertNull(paths.get("/api/v1/outcomes"), "no list of all outcomes");
  }
}
