package org.spinecase.it.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.spinecase.it.support.SampleDocuments;

/**
 * The second-opinion workup over /api/v1 with real tokens for every demo user, on cases opened
 * through the referral API: every section saved by the disciplines that may write it and refused
 * for the others, per-section versions, examination values out of range refused by field, the
 * values the server computes (MME, SI cluster, block relief), red flags marking the case, studies
 * outstanding on the coordinator's worklist until resulted, signing refused then accepted (case
 * ready for the MDT), edits refused after signing, addenda, the summary as JSON and PDF, and the
 * error contract (401, 403 by role, 404 outside the care team, 409 stale or signed).
 */
@ExtendWith(ArquillianExtension.class)
class WorkupApiIT {

  private static final String API = "/api/v1";
  /** On the care team of every case opened here; drmulti stays outside it. */
  private static final Set<DemoUser> TEAM =
      EnumSet.of(DemoUser.SURGEON, DemoUser.PAIN_SPECIALIST, DemoUser.PHYSIOTHERAPIST, DemoUser.PSYCHOLOGIST);
  private static final Set<DemoUser> LEADS = EnumSet.of(DemoUser.SURGEON, DemoUser.PAIN_SPECIALIST);

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

  record Episode(long caseId, String familyName) {}

  /**
   * Coordinator sends a referral; the surgeon accepts it as lead with the pain specialist, the
   * physiotherapist and the psychologist on the team.
   */
  static Episode openCase(String stem) {
    String family = ReferralJson.uniqueName(stem);
    Response received = Api.as(DemoUser.COORDINATOR).post(API + "/referrals", ReferralJson.forNewPatient(family).json());
    assertEquals(201, received.status(), received.body());
    long referralId = received.json().getJsonNumber("id").longValue();
    long version = received.json().getJsonNumber("version").longValue();
    Response accepted = Api.as(DemoUser.SURGEON).post(API + "/referrals/" + referralId + "/triage",
        ReferralJson.accept(version, "surgeon", "painspecialist", "physio", "psychologist"));
    assertEquals(200, accepted.status(), accepted.body());
    return new Episode(accepted.json().getJsonNumber("caseId").longValue(), family);
  }

  static String workup(long caseId) {
    return API + "/cases/" + caseId + "/workup";
  }

  // --- request bodies --------------------------------------------------------------------------

  static JsonObjectBuilder history() {
    return Json.createObjectBuilder()
        .add("indication", "RADICULOPATHY")
        .add("imagingConcordance", "CONCORDANT")
        .add("painFreeInterval", "WEEKS_TO_MONTHS")
        .add("backPercent", 30)
        .add("neuropathicDescriptors", Json.createArrayBuilder().add("BURNING").add("TINGLING"))
        .add("priorTreatments", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "PHYSIOTHERAPY").add("response", "SHORT_TERM_BENEFIT")))
        .add("medications", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "Oxycodone IR").add("medicationClass", "OPIOID")
                .add("opioid", "OXYCODONE").add("amount", 10).add("timesPerDay", 3))
            .add(Json.createObjectBuilder().add("name", "Paracetamol").add("medicationClass", "PARACETAMOL")))
        .add("workStatus", "OFF_WORK_SICK")
        .add("litigation", "NONE")
        .add("compensation", "NONE")
        .add("goals", Json.createArrayBuilder().add("LESS_LEG_PAIN").add("WALK_FURTHER"))
        .add("expectations", "Walk the dog again.");
  }

  static JsonObjectBuilder redFlagsNegative() {
    return Json.createObjectBuilder().add("answers", Json.createObjectBuilder()).add("restNegative", true);
  }

  static JsonObjectBuilder examination() {
    return Json.createObjectBuilder()
        .add("tension", Json.createObjectBuilder().add("STRAIGHT_LEG_RAISE", Json.createObjectBuilder()
            .add("left", Json.createObjectBuilder().add("result", "POSITIVE").add("angleDegrees", 40))))
        .add("power", Json.createObjectBuilder().add("L5", Json.createObjectBuilder().add("left", 4)))
        .add("reflexes", Json.createObjectBuilder().add("ACHILLES", Json.createObjectBuilder().add("left", 1)))
        .add("siProvocation", Json.createObjectBuilder()
            .add("DISTRACTION", "POSITIVE").add("THIGH_THRUST", "POSITIVE").add("COMPRESSION", "POSITIVE"))
        .add("waddellSigns", Json.createObjectBuilder().add("OVERREACTION", "POSITIVE"))
        .add("restNormal", true);
  }

  static JsonObjectBuilder causes(JsonArrayBuilder evidence, String... basis) {
    JsonArrayBuilder bases = Json.createArrayBuilder();
    Arrays.stream(basis).forEach(bases::add);
    return Json.createObjectBuilder()
        .add("causes", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("cause", "RESIDUAL_OR_RECURRENT_DISC_HERNIATION")
            .add("levels", Json.createArrayBuilder().add("L5-S1"))
            .add("side", "LEFT")
            .add("basis", bases)
            .add("evidence", evidence)
            .add("certainty", "PROBABLE")
            .add("timing", "POST_OPERATIVE")
            .add("surgicallyAddressable", true)))
        .add("diagnosis", Json.createObjectBuilder()
            .add("icd10", "M96.1")
            .add("icd11", Json.createObjectBuilder().add("stem", "MG30.21"))
            .add("mechanisms", Json.createArrayBuilder().add("NEUROPATHIC").add("NOCICEPTIVE")));
  }

  static JsonObjectBuilder clinicalCauses() {
    return causes(Json.createArrayBuilder(), "CLINICAL");
  }

  static JsonObjectBuilder psychosocial() {
    return Json.createObjectBuilder().add("responses", Json.createObjectBuilder()).add("substanceUse", "NEGATIVE")
        .add("expectations", "Hopes to avoid further surgery.");
  }

  static JsonObjectBuilder function() {
    return Json.createObjectBuilder().add("walkingToleranceMinutes", 15).add("sittingToleranceMinutes", 30)
        .add("assessment", "Guarded lumbar movement, deconditioned; graded activity advised.");
  }

  static JsonObjectBuilder psychology() {
    return Json.createObjectBuilder().add("assessment", "Moderate catastrophizing; engaged, realistic goals.");
  }

  /** A valid body for every section saved as a whole. */
  static final Map<String, JsonObject> SECTION_BODIES = Map.of(
      "HISTORY", history().build(),
      "RED_FLAGS", redFlagsNegative().build(),
      "EXAMINATION", examination().build(),
      "PSYCHOSOCIAL", psychosocial().build(),
      "CAUSES", clinicalCauses().build(),
      "FUNCTION_AND_MOVEMENT", function().build(),
      "PSYCHOLOGICAL_EVALUATION", psychology().build());

  static Response save(DemoUser as, long caseId, String section, JsonObjectBuilder body) {
    return Api.as(as).put(workup(caseId) + "/sections/" + section, body.build().toString());
  }

  static Response save(DemoUser as, long caseId, String section, JsonObject body, long version) {
    return Api.as(as).put(workup(caseId) + "/sections/" + section + "?version=" + version, body.toString());
  }

  static JsonObject saved(DemoUser as, long caseId, String section, JsonObjectBuilder body) {
    Response response = save(as, caseId, section, body);
    assertEquals(200, response.status(), section + ": " + response.body());
    return response.json();
  }

  static JsonObject orderStudy(long caseId, String type, String levels) {
    Response ordered = Api.as(DemoUser.SURGEON).post(workup(caseId) + "/studies", Json.createObjectBuilder()
        .add("type", type).add("levels", levels).add("orderedOn", LocalDate.now().minusDays(7).toString())
        .build().toString());
    assertEquals(201, ordered.status(), ordered.body());
    return ordered.json();
  }

  static Response resultMri(DemoUser as, long caseId, JsonObject study, byte[] report) {
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("version", study.getJsonNumber("version").longValue())
        .add("resultedOn", LocalDate.now().toString())
        .add("findings", Json.createObjectBuilder().add("enhancementPattern", "NON_ENHANCING_DISC_WITH_RIM")
            .add("compression", Json.createArrayBuilder().add("DISC_HERNIATION")));
    if (report != null) {
      body.add("report", Json.createObjectBuilder().add("fileName", "mri-report.pdf")
          .add("contentBase64", Base64.getEncoder().encodeToString(report)));
    }
    return Api.as(as).put(workup(caseId) + "/studies/" + study.getInt("number") + "/result", body.build().toString());
  }

  static JsonObjectBuilder block(int preNrs, JsonObjectBuilder postNrs) {
    return Json.createObjectBuilder()
        .add("performedOn", LocalDate.now().minusDays(2).toString())
        .add("blockType", "MEDIAL_BRANCH_BLOCK")
        .add("levels", "L4-L5")
        .add("side", "LEFT")
        .add("guidance", "FLUOROSCOPY")
        .add("agent", "LIDOCAINE")
        .add("volumeMl", 0.5)
        .add("sedation", "NONE")
        .add("preNrs", preNrs)
        .add("postNrs", postNrs)
        .add("concordance", "CONCORDANT");
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

  static JsonObject section(JsonObject workup, String section) {
    return workup.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("section").equals(section)).findFirst()
        .orElseThrow(() -> new AssertionError(section + " not in " + workup));
  }

  static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  static JsonObject caseOf(long caseId) {
    Response read = Api.as(DemoUser.SURGEON).get(API + "/cases/" + caseId);
    assertEquals(200, read.status(), read.body());
    return read.json();
  }

  // --- access ----------------------------------------------------------------------------------

  @Test
  void withoutTokenTheApiAnswers401() {
    String path = workup(1);
    assertEquals(401, Api.anonymous().get(path).status());
    assertEquals(401, Api.anonymous().put(path + "/sections/HISTORY", history().build().toString()).status());
    assertEquals(401, Api.anonymous().post(path + "/studies", "{\"type\": \"CT\"}").status());
    assertEquals(401, Api.anonymous().post(path + "/signature", "{}").status());
    assertEquals(401, Api.anonymous().get(path + "/summary").status());
    // a download without a token asks for any type, so it is sent to the sign-in page like a browser
    int pdf = Api.anonymous().download(path + "/summary.pdf").status();
    assertTrue(pdf == 401 || pdf == 302, "no PDF without a token: " + pdf);
  }

  /**
   * Each discipline writes its own sections and is refused (403 with the sentence) the others; the
   * coordinator reads the studies only and writes nothing, the admin nothing at all, and a clinician
   * outside the care team finds no such case.
   */
  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void everySectionIsWrittenByItsDisciplinesAndRefusedForTheOthers(DemoUser user) {
    long caseId = openCase("Sections").caseId();
    for (Map.Entry<String, JsonObject> section : SECTION_BODIES.entrySet()) {
      Response response = Api.as(user).put(workup(caseId) + "/sections/" + section.getKey(), section.getValue().toString());
      int expected = expectedForSave(user, section.getKey());
      assertEquals(expected, response.status(), user + " saving " + section.getKey() + ": " + response.body());
      if (expected == 200) {
        JsonObject saved = response.json();
        assertEquals(section.getKey(), saved.getString("section"));
        assertEquals(user.username(), saved.getString("savedBy"));
        assertEquals(String.valueOf(version(saved)), response.header("ETag").replace("\"", ""));
        // psychosocial is complete only with the four questionnaires linked (see below)
        assertEquals(!section.getKey().equals("PSYCHOSOCIAL"), saved.getBoolean("complete"), saved.toString());
      } else {
        assertFalse(response.body().contains("Exception"), response.body());
      }
    }

    Response read = Api.as(user).get(workup(caseId));
    int expectedRead = TEAM.contains(user) || user == DemoUser.COORDINATOR ? 200
        : user == DemoUser.ADMIN ? 403 : 404;
    assertEquals(expectedRead, read.status(), user + ": " + read.body());
    if (TEAM.contains(user)) {
      JsonObject sheet = read.json();
      assertEquals(9, sheet.getJsonArray("sections").size(), sheet.toString());
      assertEquals(LEADS.contains(user), section(sheet, "HISTORY").getBoolean("mayWrite"));
      assertEquals(user == DemoUser.PHYSIOTHERAPIST, section(sheet, "FUNCTION_AND_MOVEMENT").getBoolean("mayWrite"));
      assertEquals(user == DemoUser.PSYCHOLOGIST, section(sheet, "PSYCHOLOGICAL_EVALUATION").getBoolean("mayWrite"));
      // every section saved but no study: signing still needs imaging and tests, for anyone
      assertFalse(sheet.getBoolean("maySign"), sheet.toString());
      assertTrue(strings(sheet, "signingBlockers").contains("Imaging and tests: no study recorded"), sheet.toString());
    }
    if (user == DemoUser.COORDINATOR) {
      List<String> sections = read.json().getJsonArray("sections").getValuesAs(JsonObject.class).stream()
          .map(s -> s.getString("section")).toList();
      assertEquals(List.of("STUDIES"), sections, "the coordinator reads the studies only");
      assertEquals(403, Api.as(user).get(workup(caseId) + "/sections/HISTORY").status());
    }
    Response order = Api.as(user).post(workup(caseId) + "/studies", "{\"type\": \"CT\", \"levels\": \"L5-S1\"}");
    assertEquals(LEADS.contains(user) ? 201 : expectedForSave(user, "PHYSIO_ONLY"), order.status(), user + ": " + order.body());
  }

  static int expectedForSave(DemoUser user, String section) {
    return switch (user) {
      case SURGEON, PAIN_SPECIALIST -> Set.of("FUNCTION_AND_MOVEMENT", "PSYCHOLOGICAL_EVALUATION", "PHYSIO_ONLY")
          .contains(section) ? 403 : 200;
      case PHYSIOTHERAPIST -> section.equals("FUNCTION_AND_MOVEMENT") ? 200 : 403;
      case PSYCHOLOGIST -> section.equals("PSYCHOLOGICAL_EVALUATION") ? 200 : 403;
      case COORDINATOR, ADMIN -> 403;
      case MULTI -> 404;
    };
  }

  @Test
  void aCaseWithoutWorkupShowsAnEmptySheet() {
    long caseId = openCase("Empty").caseId();
    Response read = Api.as(DemoUser.PHYSIOTHERAPIST).get(workup(caseId));
    assertEquals(200, read.status(), read.body());
    JsonObject sheet = read.json();
    assertTrue(!sheet.containsKey("workupId") || sheet.isNull("workupId"), sheet.toString());
    assertFalse(sheet.getBoolean("signed"));
    JsonObject history = section(sheet, "HISTORY");
    assertFalse(history.getBoolean("complete"));
    assertEquals(List.of("not started"), strings(history, "missing"));
    assertFalse(history.containsKey("content") && !history.isNull("content"), history.toString());
    assertEquals(404, Api.as(DemoUser.SURGEON).put(workup(caseId) + "/sections/NO_SUCH_SECTION", "{}").status());
    assertEquals(400, Api.as(DemoUser.SURGEON).put(workup(caseId) + "/sections/STUDIES", "{}").status());
  }

  // --- versions --------------------------------------------------------------------------------

  @Test
  void everySectionHasItsOwnVersionAndAStaleOneIs409() {
    long caseId = openCase("Stale").caseId();
    JsonObject first = saved(DemoUser.SURGEON, caseId, "HISTORY", history());
    long read = version(first);
    // another section saved meanwhile does not touch the history's version
    saved(DemoUser.PHYSIOTHERAPIST, caseId, "FUNCTION_AND_MOVEMENT", function());
    saved(DemoUser.PAIN_SPECIALIST, caseId, "RED_FLAGS", redFlagsNegative());

    Response second = save(DemoUser.PAIN_SPECIALIST, caseId, "HISTORY", history().add("backPercent", 40).build(), read);
    assertEquals(200, second.status(), second.body());
    assertEquals(40, second.json().getJsonObject("content").getInt("backPercent"));
    assertEquals(60, second.json().getJsonObject("content").getInt("legPercent"));
    assertTrue(version(second.json()) > read, second.body());

    Response stale = save(DemoUser.SURGEON, caseId, "HISTORY", history().add("backPercent", 50).build(), read);
    assertEquals(409, stale.status(), stale.body());
    Response staleIfMatch = Api.as(DemoUser.SURGEON).putWithHeader(workup(caseId) + "/sections/HISTORY",
        history().build().toString(), "If-Match", "\"" + read + "\"");
    assertEquals(409, staleIfMatch.status(), staleIfMatch.body());
    Response firstSaveAgain = save(DemoUser.SURGEON, caseId, "HISTORY", history());
    assertEquals(409, firstSaveAgain.status(), "no version is a first save, and the section exists: " + firstSaveAgain.body());

    Response current = Api.as(DemoUser.SURGEON).putWithHeader(workup(caseId) + "/sections/HISTORY",
        history().add("backPercent", 50).build().toString(), "If-Match", second.header("ETag"));
    assertEquals(200, current.status(), current.body());
    assertEquals(50, current.json().getJsonObject("content").getInt("backPercent"));
  }

  // --- input refused by field ------------------------------------------------------------------

  @Test
  void valuesOutOfRangeAndUnknownCodesAre400NamingTheField() {
    long caseId = openCase("Range").caseId();
    JsonObjectBuilder exam = Json.createObjectBuilder()
        .add("power", Json.createObjectBuilder()
            .add("L4", Json.createObjectBuilder().add("left", 6).add("right", 5))
            .add("L9", Json.createObjectBuilder().add("left", 5)))
        .add("reflexes", Json.createObjectBuilder().add("ACHILLES", Json.createObjectBuilder().add("right", 5)))
        .add("sensation", Json.createObjectBuilder().add("L1", Json.createObjectBuilder().add("left", "TINGLY")))
        .add("tension", Json.createObjectBuilder().add("STRAIGHT_LEG_RAISE", Json.createObjectBuilder()
            .add("right", Json.createObjectBuilder().add("result", "POSITIVE").add("angleDegrees", 120))))
        .add("gait", "HOPPING");
    Response refused = save(DemoUser.SURGEON, caseId, "EXAMINATION", exam);
    for (String field : List.of("power.L4.left", "power.L9", "reflexes.ACHILLES.right", "sensation.L1.left",
        "tension.STRAIGHT_LEG_RAISE.right.angleDegrees", "gait")) {
      assertRefused(refused, field);
    }
    assertFalse(violationFields(refused).contains("power.L4.right"), refused.body());

    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("backPercent", 120)), "backPercent");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("medications", Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", "Mystery").add("medicationClass", "OPIOID")
            .add("opioid", "UNOBTAINIUM").add("amount", 5).add("timesPerDay", 2)))), "medications[0].opioid");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("medications", Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", "Oxycodone").add("opioid", "OXYCODONE").add("amount", 0)
            .add("timesPerDay", 2)))), "medications[0].amount");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("goals", Json.createArrayBuilder()
        .add("WALK_FURTHER").add("FLY"))), "goals[1]");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("backPercent", "a lot")), "backPercent");

    JsonObject badCauses = causes(Json.createArrayBuilder(), "CLINICAL").build();
    JsonObject cause = badCauses.getJsonArray("causes").getJsonObject(0);
    JsonObjectBuilder wrong = Json.createObjectBuilder(cause).add("levels", Json.createArrayBuilder().add("L9-Q1"))
        .add("cause", "BAD_LUCK").add("certainty", "SURE");
    Response causes = save(DemoUser.SURGEON, caseId, "CAUSES", Json.createObjectBuilder(badCauses)
        .add("causes", Json.createArrayBuilder().add(wrong)));
    assertRefused(causes, "causes[0].levels[0]");
    assertRefused(causes, "causes[0].cause");
    assertRefused(causes, "causes[0].certainty");
    Response noMechanism = save(DemoUser.SURGEON, caseId, "CAUSES", Json.createObjectBuilder(badCauses)
        .add("diagnosis", Json.createObjectBuilder().add("icd10", "G89.4").add("mechanisms", Json.createArrayBuilder())));
    assertRefused(noMechanism, "diagnosis.icd10");
    Response evidenceMissing = save(DemoUser.SURGEON, caseId, "CAUSES", causes(
        Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "STUDY").add("number", 99)), "IMAGING"));
    assertEquals(400, evidenceMissing.status(), "a cause cannot cite a study the workup does not hold: "
        + evidenceMissing.body());

    assertRefused(save(DemoUser.SURGEON, caseId, "RED_FLAGS", Json.createObjectBuilder()
        .add("answers", Json.createObjectBuilder().add("FEVER", "MAYBE").add("ALIENS", "NEGATIVE"))), "answers.FEVER");

    Response block = Api.as(DemoUser.SURGEON).post(workup(caseId) + "/blocks", block(11,
        Json.createObjectBuilder().add("MIN_30", 12).add("DAY_3", 1)).add("levels", "L4-X").build().toString());
    assertRefused(block, "preNrs");
    assertRefused(block, "postNrs.MIN_30");
    assertRefused(block, "postNrs.DAY_3");
    assertRefused(block, "levels");
    assertRefused(Api.as(DemoUser.SURGEON).post(workup(caseId) + "/studies", "{\"type\": \"PET\"}"), "type");
    assertRefused(Api.as(DemoUser.SURGEON).post(workup(caseId) + "/studies", "{\"type\": \"CT\", \"levels\": \"L5-L4\"}"),
        "levels");

    // nothing refused was saved
    JsonObject sheet = Api.as(DemoUser.SURGEON).get(workup(caseId)).json();
    assertEquals(List.of("not started"), strings(section(sheet, "EXAMINATION"), "missing"));
    assertEquals(0, sheet.getJsonArray("blocks").size());
  }

  /**
   * Numbers the JSON binding used to wrap or truncate into a pain rating (4294967303 was stored as
   * 7, 5.9 as 5) and a NUL character in a text (a server error from PostgreSQL) are refused with
   * 400 naming the field, and nothing is stored.
   */
  @Test
  void numbersThatWouldWrapOrTruncateAndNulInTextAre400NamingTheField() {
    long caseId = openCase("Wrap").caseId();
    String blocks = workup(caseId) + "/blocks";
    JsonObjectBuilder valid = block(8, Json.createObjectBuilder().add("MIN_30", 2));
    assertRefused(Api.as(DemoUser.SURGEON).post(blocks,
        Json.createObjectBuilder(valid.build()).add("preNrs", new BigInteger("4294967303")).build().toString()), "preNrs");
    assertRefused(Api.as(DemoUser.SURGEON).post(blocks,
        Json.createObjectBuilder(valid.build()).add("preNrs", new BigDecimal("5.9")).build().toString()), "preNrs");
    assertRefused(Api.as(DemoUser.SURGEON).post(blocks, block(8, Json.createObjectBuilder()
        .add("MIN_30", new BigInteger("4294967298"))).build().toString()), "postNrs");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY",
        history().add("backPercent", new BigInteger("4294967336"))), "backPercent");
    assertRefused(save(DemoUser.SURGEON, caseId, "HISTORY", history().add("expectations", "Walk\u0000 again")),
        "expectations");
    assertRefused(Api.as(DemoUser.SURGEON).post(workup(caseId) + "/studies",
        Json.createObjectBuilder().add("type", "CT").add("levels", "L4-L5\u0000").build().toString()), "levels");

    JsonObject sheet = Api.as(DemoUser.SURGEON).get(workup(caseId)).json();
    assertEquals(0, sheet.getJsonArray("blocks").size(), sheet.toString());
    assertEquals(0, sheet.getJsonArray("studies").size(), sheet.toString());
    assertEquals(List.of("not started"), strings(section(sheet, "HISTORY"), "missing"));
  }

  /**
   * A caller who may not write a block or a study hears so first (403 for the role, 404 outside
   * the care team), whatever the input: field messages would tell them about a record they may not
   * change, and an admin used to get them.
   */
  @Test
  void aCallerWhoMayNotWriteIsRefusedBeforeTheInputIsChecked() {
    long caseId = openCase("Order").caseId();
    JsonObject study = orderStudy(caseId, "MRI_WITH_AND_WITHOUT_GADOLINIUM", "L4-L5");
    Response recorded = Api.as(DemoUser.PAIN_SPECIALIST).post(workup(caseId) + "/blocks",
        block(8, Json.createObjectBuilder().add("MIN_30", 2)).build().toString());
    assertEquals(201, recorded.status(), recorded.body());
    String badBlock = block(11, Json.createObjectBuilder().add("MIN_30", 12)).add("levels", "L4-X")
        .add("version", version(recorded.json())).build().toString();
    String badResult = Json.createObjectBuilder().add("version", version(study))
        .add("findings", Json.createObjectBuilder().add("enhancementPattern", "GLOWING")).build().toString();
    String badSection = history().add("backPercent", 120).build().toString();
    Map<DemoUser, Integer> refusals =
        Map.of(DemoUser.ADMIN, 403, DemoUser.COORDINATOR, 403, DemoUser.MULTI, 404);
    refusals.forEach((user, status) -> {
      Api as = Api.as(user);
      String who = user + " ";
      assertEquals(status, as.post(workup(caseId) + "/blocks", badBlock).status(), who + "record block");
      assertEquals(status, as.put(workup(caseId) + "/blocks/1", badBlock).status(), who + "update block");
      assertEquals(status, as.post(workup(caseId) + "/studies", "{\"type\": \"PET\"}").status(), who + "order");
      assertEquals(status, as.put(workup(caseId) + "/studies/" + study.getInt("number") + "/result", badResult)
          .status(), who + "result");
      assertEquals(status, as.put(workup(caseId) + "/sections/history", badSection).status(), who + "section");
      assertEquals(status, as.put(workup(caseId) + "/sections/history?version=abc", badSection).status(),
          who + "section with a bad version");
    });
    // a team member whose discipline may not record blocks is refused by role, not by input
    assertEquals(403, Api.as(DemoUser.PHYSIOTHERAPIST).post(workup(caseId) + "/blocks", badBlock).status());
    assertEquals(403, Api.as(DemoUser.PHYSIOTHERAPIST).post(workup(caseId) + "/studies", "{\"type\": \"PET\"}")
        .status());
    // and who may write still hears about the input
    assertRefused(Api.as(DemoUser.SURGEON).post(workup(caseId) + "/blocks", badBlock), "preNrs");
  }

  // --- computed values -------------------------------------------------------------------------

  @Test
  void theHistoryAnswerCarriesTheMmeComputedFromTheMedications() {
    long caseId = openCase("Mme").caseId();
    JsonObject saved = saved(DemoUser.SURGEON, caseId, "HISTORY", history());
    JsonObject content = saved.getJsonObject("content");
    assertEquals(45.0, content.getJsonNumber("mmePerDay").doubleValue(), 1e-9, content.toString()); // 10 mg x 3 x 1.5
    JsonObject oxycodone = content.getJsonArray("medications").getJsonObject(0);
    assertEquals("OXYCODONE", oxycodone.getString("opioid"));
    assertEquals(45.0, oxycodone.getJsonNumber("mmePerDay").doubleValue(), 1e-9);
    assertEquals("mg", oxycodone.getString("unit"));
    assertFalse(content.getJsonArray("medications").getJsonObject(1).containsKey("mmePerDay"));

    // a sent mmePerDay is ignored; a fentanyl patch needs no times per day
    JsonObjectBuilder patch = history().add("mmePerDay", 1)
        .add("medications", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Durogesic")
            .add("opioid", "Fentanyl transdermal").add("amount", 25)));
    Response again = save(DemoUser.SURGEON, caseId, "HISTORY", patch.build(), version(saved));
    assertEquals(200, again.status(), again.body());
    assertEquals(60.0, again.json().getJsonObject("content").getJsonNumber("mmePerDay").doubleValue(), 1e-9);
  }

  @Test
  void theExaminationAnswerCarriesTheSiClusterAndRestNormalFillsOnlyEmptyCells() {
    long caseId = openCase("Si").caseId();
    JsonObject saved = saved(DemoUser.PAIN_SPECIALIST, caseId, "EXAMINATION", examination());
    assertTrue(saved.getBoolean("complete"), saved.toString());
    JsonObject content = saved.getJsonObject("content");
    JsonObject si = content.getJsonObject("siCluster");
    assertEquals("POSITIVE", si.getString("result"), si.toString());
    assertEquals(3, si.getInt("positive"));
    assertEquals(3, si.getInt("threshold"));
    assertEquals("NEGATIVE", content.getJsonObject("siProvocation").getString("GAENSLEN"), "rest normal");
    assertEquals(1, content.getJsonObject("waddell").getInt("positive"));
    assertEquals(4, content.getJsonObject("power").getJsonObject("L5").getInt("left"), "recorded value kept");
    assertEquals(5, content.getJsonObject("power").getJsonObject("L5").getInt("right"), "filled as normal");
    assertEquals(1, content.getJsonObject("reflexes").getJsonObject("ACHILLES").getInt("left"));
    assertEquals(2, content.getJsonObject("reflexes").getJsonObject("ACHILLES").getInt("right"));
    JsonObject slr = content.getJsonObject("tension").getJsonObject("STRAIGHT_LEG_RAISE");
    assertEquals(40, slr.getJsonObject("left").getInt("angleDegrees"));
    assertEquals("NEGATIVE", slr.getJsonObject("right").getString("result"));
    assertEquals("NORMAL", content.getString("gait"));

    // without rest normal an examination is saved half done, with what is missing named
    Response partial = save(DemoUser.PAIN_SPECIALIST, caseId, "EXAMINATION",
        Json.createObjectBuilder().add("siProvocation", Json.createObjectBuilder().add("DISTRACTION", "POSITIVE"))
            .build(), version(saved));
    assertEquals(200, partial.status(), partial.body());
    assertFalse(partial.json().getBoolean("complete"));
    assertTrue(strings(partial.json(), "missing").contains("Gait"), partial.body());
    assertEquals("UNDECIDED", partial.json().getJsonObject("content").getJsonObject("siCluster").getString("result"));
  }

  @Test
  void aBlockAnswersWithItsReliefComputedFromThePainRatings() {
    long caseId = openCase("Relief").caseId();
    Response recorded = Api.as(DemoUser.PAIN_SPECIALIST).post(workup(caseId) + "/blocks",
        block(8, Json.createObjectBuilder().add("MIN_30", 2)).add("reliefPercent", Json.createObjectBuilder()
            .add("MIN_30", 10)).build().toString());
    assertEquals(201, recorded.status(), recorded.body());
    JsonObject block = recorded.json();
    assertEquals(1, block.getInt("number"));
    assertNotNull(recorded.header("Location"));
    assertEquals(75.0, block.getJsonObject("reliefPercent").getJsonNumber("MIN_30").doubleValue(), 1e-9, block.toString());
    assertEquals(75.0, block.getJsonNumber("bestReliefPercent").doubleValue(), 1e-9);

    JsonObject update = block(8, Json.createObjectBuilder().add("MIN_30", 2).add("HOUR_1", 4))
        .add("version", version(block)).build();
    Response updated = Api.as(DemoUser.SURGEON).put(workup(caseId) + "/blocks/1", update.toString());
    assertEquals(200, updated.status(), updated.body());
    assertEquals(50.0, updated.json().getJsonObject("reliefPercent").getJsonNumber("HOUR_1").doubleValue(), 1e-9);
    assertEquals(75.0, updated.json().getJsonNumber("bestReliefPercent").doubleValue(), 1e-9);
    assertEquals("MIN_30", updated.json().getString("bestReliefAt"));
    Response stale = Api.as(DemoUser.SURGEON).put(workup(caseId) + "/blocks/1", update.toString());
    assertEquals(409, stale.status(), stale.body());
    assertEquals(403, Api.as(DemoUser.PHYSIOTHERAPIST).put(workup(caseId) + "/blocks/1",
        block(8, Json.createObjectBuilder()).add("version", version(updated.json())).build().toString()).status());
    assertEquals(404, Api.as(DemoUser.SURGEON).put(workup(caseId) + "/blocks/7",
        block(8, Json.createObjectBuilder()).add("version", 0).build().toString()).status());

    // a comparative block with bupivacaine joins the series of the same target
    Response second = Api.as(DemoUser.PAIN_SPECIALIST).post(workup(caseId) + "/blocks",
        block(8, Json.createObjectBuilder().add("HOUR_2", 1)).add("agent", "BUPIVACAINE").build().toString());
    assertEquals(201, second.status(), second.body());
    assertEquals(87.5, second.json().getJsonNumber("bestReliefPercent").doubleValue(), 1e-9);
    JsonObject sheet = Api.as(DemoUser.PSYCHOLOGIST).get(workup(caseId)).json();
    assertEquals(1, sheet.getJsonArray("blockSeries").size(), sheet.toString());
    JsonObject series = sheet.getJsonArray("blockSeries").getJsonObject(0);
    assertTrue(series.getBoolean("comparative"));
    assertFalse(series.getBoolean("meetsThreshold"), "75 % is below the common 80 %");
    assertEquals(80.0, series.getJsonNumber("thresholdPercent").doubleValue(), 1e-9);
  }

  @Test
  void thePsychosocialSectionLinksTheCasesQuestionnairesAndShowsTheirScores() {
    long caseId = openCase("Psychosocial").caseId();
    Map<String, Long> responses = new java.util.LinkedHashMap<>();
    responses.put("PHQ_9", outcome(caseId, "PHQ-9", 1, 1, 1, 1, 1, 0, 0, 0, 0));
    responses.put("GAD_7", outcome(caseId, "GAD-7", 2, 2, 2, 1, 1, 1, 1));
    responses.put("PCS", outcome(caseId, "PCS", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    responses.put("START_BACK", outcome(caseId, "STarT-Back", 1, 1, 1, 1, 1, 0, 0, 0, 0));
    JsonObjectBuilder links = Json.createObjectBuilder();
    responses.forEach(links::add);
    JsonObject saved = saved(DemoUser.SURGEON, caseId, "PSYCHOSOCIAL", psychosocial().add("responses", links));
    assertTrue(saved.getBoolean("complete"), saved.toString());
    assertEquals(responses.get("GAD_7").longValue(),
        saved.getJsonObject("content").getJsonObject("responses").getJsonNumber("GAD_7").longValue());

    JsonObject sheet = Api.as(DemoUser.PSYCHOLOGIST).get(workup(caseId)).json();
    List<String> scored = sheet.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
        .map(score -> score.getString("instrumentCode")).toList();
    assertTrue(scored.containsAll(List.of("PHQ-9", "GAD-7", "PCS", "STarT-Back")), sheet.toString());
    assertTrue(Api.as(DemoUser.COORDINATOR).get(workup(caseId)).json().getJsonArray("scores").isEmpty(),
        "no scores for the coordinator");
    assertRefused(save(DemoUser.SURGEON, caseId, "PSYCHOSOCIAL", psychosocial()
        .add("responses", Json.createObjectBuilder().add("BDI", 1))), "responses.BDI");
  }

  /** A complete response to an instrument on the case, entered by the psychologist; its id. */
  static long outcome(long caseId, String instrument, int... answers) {
    JsonObjectBuilder items = Json.createObjectBuilder();
    for (int i = 0; i < answers.length; i++) {
      items.add(String.valueOf(i + 1), Json.createArrayBuilder().add(answers[i]));
    }
    Response submitted = Api.as(DemoUser.PSYCHOLOGIST).post(API + "/cases/" + caseId + "/outcomes",
        Json.createObjectBuilder().add("instrument", instrument).add("timePoint", "BASELINE")
            .add("administeredOn", LocalDate.now().toString()).add("answers", items).add("finish", true)
            .build().toString());
    assertEquals(201, submitted.status(), submitted.body());
    assertEquals("COMPLETE", submitted.json().getString("status"), submitted.body());
    return submitted.json().getJsonNumber("id").longValue();
  }

  // --- red flags -------------------------------------------------------------------------------

  @Test
  void aPositiveRedFlagMarksTheCaseAtOnceAndNeedsAnUrgentPlan() {
    long caseId = openCase("RedFlag").caseId();
    assertFalse(caseOf(caseId).getBoolean("redFlag"));
    Response saved = save(DemoUser.SURGEON, caseId, "RED_FLAGS", Json.createObjectBuilder()
        .add("answers", Json.createObjectBuilder().add("SADDLE_ANAESTHESIA", "POSITIVE")).add("restNegative", true));
    assertEquals(200, saved.status(), saved.body());
    JsonObject content = saved.json().getJsonObject("content");
    assertEquals("CAUDA_EQUINA", content.getJsonArray("positiveFlags").getJsonObject(0).getString("code"));
    assertEquals("NEGATIVE", content.getJsonObject("answers").getString("FEVER"));
    assertFalse(saved.json().getBoolean("complete"));
    assertTrue(strings(saved.json(), "missing").stream().anyMatch(m -> m.contains("urgent plan")), saved.body());

    JsonObject caseFile = caseOf(caseId);
    assertTrue(caseFile.getBoolean("redFlag"), caseFile.toString());
    assertTrue(caseFile.getJsonArray("events").getValuesAs(JsonObject.class).stream()
        .anyMatch(e -> e.toString().toLowerCase().contains("red flag")), caseFile.toString());
    JsonObject sheet = Api.as(DemoUser.PHYSIOTHERAPIST).get(workup(caseId)).json();
    assertFalse(sheet.getJsonArray("redFlags").isEmpty(), sheet.toString());

    Response planned = save(DemoUser.SURGEON, caseId, "RED_FLAGS", Json.createObjectBuilder()
        .add("answers", content.getJsonObject("answers")).add("urgentPlan", "Urgent MRI today; on-call spinal surgeon informed.")
        .build(), version(saved.json()));
    assertEquals(200, planned.status(), planned.body());
    assertTrue(planned.json().getBoolean("complete"), planned.body());
  }

  // --- studies ---------------------------------------------------------------------------------

  @Test
  void anOutstandingStudyIsOnTheCoordinatorsWorklistUntilResulted() {
    Episode episode = openCase("Studies");
    String worklist = API + "/worklists/STUDIES_OUTSTANDING?q=" + episode.familyName();
    assertEquals(0, Api.as(DemoUser.COORDINATOR).get(worklist).json().getInt("total"));

    JsonObject study = orderStudy(episode.caseId(), "MRI_WITH_AND_WITHOUT_GADOLINIUM", "L5-S1");
    assertEquals(1, study.getInt("number"));
    assertTrue(study.getBoolean("outstanding"));
    assertEquals("ORDERED", study.getString("status"));
    assertEquals("surgeon", study.getString("orderedBy"));

    Response listed = Api.as(DemoUser.COORDINATOR).get(worklist);
    assertEquals(200, listed.status(), listed.body());
    assertEquals(1, listed.json().getInt("total"), listed.body());
    assertEquals(episode.caseId(), listed.json().getJsonArray("items").getJsonObject(0).getJsonNumber("caseId").longValue());
    assertEquals(1, Api.as(DemoUser.SURGEON).get(worklist).json().getInt("total"), "the lead's team case too");
    assertEquals(403, Api.as(DemoUser.ADMIN).get(worklist).status());

    JsonObject coordinatorView = Api.as(DemoUser.COORDINATOR).get(workup(episode.caseId())).json();
    assertEquals(1, coordinatorView.getJsonArray("studies").size(), coordinatorView.toString());
    assertEquals(403, resultMri(DemoUser.COORDINATOR, episode.caseId(), study, null).status());
    assertEquals(403, resultMri(DemoUser.PHYSIOTHERAPIST, episode.caseId(), study, null).status());

    // the report is checked like a referral's documents: type from the bytes, 10 MiB at most
    assertEquals(400, resultMri(DemoUser.SURGEON, episode.caseId(), study, SampleDocuments.text()).status());
    Response huge = resultMri(DemoUser.SURGEON, episode.caseId(), study, SampleDocuments.pdfLargerThan(10L * 1024 * 1024));
    assertRefused(huge, "report.contentBase64");
    Response noFindings = Api.as(DemoUser.SURGEON).put(workup(episode.caseId()) + "/studies/1/result",
        Json.createObjectBuilder().add("version", version(study)).add("findings", Json.createObjectBuilder()
            .add("compression", Json.createArrayBuilder().add("DISC_HERNIATION"))).build().toString());
    assertRefused(noFindings, "findings.enhancementPattern");

    Response resulted = resultMri(DemoUser.PAIN_SPECIALIST, episode.caseId(), study, SampleDocuments.pdf());
    assertEquals(200, resulted.status(), resulted.body());
    assertEquals("RESULTED", resulted.json().getString("status"));
    assertEquals("NON_ENHANCING_DISC_WITH_RIM", resulted.json().getJsonObject("findings").getString("enhancementPattern"));
    assertTrue(resulted.json().getBoolean("hasReport"));
    assertEquals(409, resultMri(DemoUser.SURGEON, episode.caseId(), study, null).status(), "stale study version");

    assertEquals(0, Api.as(DemoUser.COORDINATOR).get(worklist).json().getInt("total"), "gone once resulted");

    Api.Download report = Api.as(DemoUser.PSYCHOLOGIST).download(workup(episode.caseId()) + "/studies/1/report");
    assertEquals(200, report.status());
    assertTrue(report.header("Content-Type").startsWith("application/pdf"), report.header("Content-Type"));
    assertTrue(report.header("Content-Disposition").startsWith("attachment"), report.header("Content-Disposition"));
    assertEquals("%PDF", new String(report.body(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals(403, Api.as(DemoUser.COORDINATOR).download(workup(episode.caseId()) + "/studies/1/report").status());
    assertEquals(404, Api.as(DemoUser.MULTI).download(workup(episode.caseId()) + "/studies/1/report").status());

    JsonObject seenByCoordinator = Api.as(DemoUser.COORDINATOR).get(workup(episode.caseId())).json()
        .getJsonArray("studies").getJsonObject(0);
    assertFalse(seenByCoordinator.containsKey("findings") && !seenByCoordinator.isNull("findings"),
        "no clinical content for the coordinator: " + seenByCoordinator);
  }

  // --- signing, addenda, summary ---------------------------------------------------------------

  @Test
  void signingIsRefusedUntilCompleteThenMarksTheCaseReadyForTheMdtAndOnlyAddendaFollow() {
    long caseId = openCase("Sign").caseId();
    assertEquals(409, Api.as(DemoUser.SURGEON).post(workup(caseId) + "/addenda",
        "{\"text\": \"Too early.\"}").status(), "no addendum before signing");

    Response incomplete = Api.as(DemoUser.SURGEON).post(workup(caseId) + "/signature", "{}");
    assertEquals(400, incomplete.status(), incomplete.body());
    assertTrue(violationFields(incomplete).containsAll(List.of("HISTORY", "RED_FLAGS", "EXAMINATION", "CAUSES")),
        incomplete.body());
    assertEquals(403, Api.as(DemoUser.PHYSIOTHERAPIST).post(workup(caseId) + "/signature", "{}").status());
    assertEquals(403, Api.as(DemoUser.PSYCHOLOGIST).post(workup(caseId) + "/signature", "{}").status());
    assertEquals(403, Api.as(DemoUser.COORDINATOR).post(workup(caseId) + "/signature", "{}").status());
    assertEquals(403, Api.as(DemoUser.ADMIN).post(workup(caseId) + "/signature", "{}").status());
    assertEquals(404, Api.as(DemoUser.MULTI).post(workup(caseId) + "/signature", "{}").status());

    JsonObject study = orderStudy(caseId, "MRI_WITH_AND_WITHOUT_GADOLINIUM", "L5-S1");
    assertEquals(200, resultMri(DemoUser.SURGEON, caseId, study, SampleDocuments.pdf()).status());
    Response block = Api.as(DemoUser.PAIN_SPECIALIST).post(workup(caseId) + "/blocks",
        block(8, Json.createObjectBuilder().add("MIN_30", 2)).build().toString());
    assertEquals(201, block.status(), block.body());
    saved(DemoUser.SURGEON, caseId, "HISTORY", history());
    saved(DemoUser.SURGEON, caseId, "RED_FLAGS", redFlagsNegative());
    Response stillIncomplete = Api.as(DemoUser.SURGEON).post(workup(caseId) + "/signature", "{}");
    assertEquals(400, stillIncomplete.status());
    assertEquals(List.of("EXAMINATION", "CAUSES"), violationFields(stillIncomplete), stillIncomplete.body());

    saved(DemoUser.PAIN_SPECIALIST, caseId, "EXAMINATION", examination());
    JsonObject causes = saved(DemoUser.SURGEON, caseId, "CAUSES", causes(Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("kind", "STUDY").add("number", 1))
        .add(Json.createObjectBuilder().add("kind", "BLOCK").add("number", 1)), "IMAGING", "BLOCK"));
    JsonObject evidence = causes.getJsonObject("content").getJsonArray("causes").getJsonObject(0)
        .getJsonArray("evidence").getJsonObject(0);
    assertTrue(evidence.getString("description").contains("MRI"), evidence.toString());
    saved(DemoUser.PHYSIOTHERAPIST, caseId, "FUNCTION_AND_MOVEMENT", function());
    saved(DemoUser.PSYCHOLOGIST, caseId, "PSYCHOLOGICAL_EVALUATION", psychology());

    Response signed = Api.as(DemoUser.PAIN_SPECIALIST).post(workup(caseId) + "/signature", "{}");
    assertEquals(200, signed.status(), signed.body());
    assertTrue(signed.json().getBoolean("signed"));
    assertEquals("painspecialist", signed.json().getJsonObject("signature").getString("by"));
    assertFalse(signed.json().getBoolean("mayEdit"));
    assertEquals("READY_FOR_MDT", caseOf(caseId).getString("status"));
    assertEquals(409, Api.as(DemoUser.SURGEON).post(workup(caseId) + "/signature", "{}").status(), "signed once");

    // a signed workup refuses every edit, with the sentence
    JsonObject sheet = Api.as(DemoUser.SURGEON).get(workup(caseId)).json();
    Response edit = save(DemoUser.SURGEON, caseId, "HISTORY", history().build(), version(section(sheet, "HISTORY")));
    assertEquals(409, edit.status(), edit.body());
    assertTrue(edit.json().getString("message").contains("signed"), edit.body());
    assertEquals(409, save(DemoUser.PHYSIOTHERAPIST, caseId, "FUNCTION_AND_MOVEMENT", function().build(),
        version(section(sheet, "FUNCTION_AND_MOVEMENT"))).status());
    assertEquals(409, Api.as(DemoUser.SURGEON).post(workup(caseId) + "/studies", "{\"type\": \"CT\"}").status());
    assertEquals(409, Api.as(DemoUser.SURGEON).post(workup(caseId) + "/blocks",
        block(8, Json.createObjectBuilder()).build().toString()).status());

    Response addendum = Api.as(DemoUser.PHYSIOTHERAPIST).post(workup(caseId) + "/addenda",
        "{\"concerns\": \"FUNCTION_AND_MOVEMENT\", \"text\": \"Walking tolerance now 25 minutes.\"}");
    assertEquals(201, addendum.status(), addendum.body());
    assertEquals("FUNCTION_AND_MOVEMENT", addendum.json().getString("concerns"));
    assertEquals("physio", addendum.json().getJsonObject("signature").getString("by"));
    assertRefused(Api.as(DemoUser.SURGEON).post(workup(caseId) + "/addenda", "{\"concerns\": \"LUNCH\", \"text\": \"x\"}"),
        "concerns");
    assertEquals(400, Api.as(DemoUser.SURGEON).post(workup(caseId) + "/addenda", "{\"text\": \" \"}").status());
    assertEquals(403, Api.as(DemoUser.COORDINATOR).post(workup(caseId) + "/addenda", "{\"text\": \"x\"}").status());
    assertEquals(1, Api.as(DemoUser.SURGEON).get(workup(caseId)).json().getJsonArray("addenda").size());

    // the summary: the cause with its evidence described, the signature, the addendum
    Response summary = Api.as(DemoUser.PSYCHOLOGIST).get(workup(caseId) + "/summary");
    assertEquals(200, summary.status(), summary.body());
    JsonObject cause = summary.json().getJsonArray("causes").getJsonObject(0);
    assertTrue(cause.getString("cause").contains("disc herniation"), cause.toString());
    List<String> causeEvidence = strings(cause, "evidence");
    assertEquals(2, causeEvidence.size(), cause.toString());
    assertTrue(causeEvidence.stream().anyMatch(e -> e.contains("MRI")), causeEvidence.toString());
    assertTrue(summary.json().getBoolean("signed"));
    assertTrue(strings(summary.json(), "diagnosisCodes").stream().anyMatch(c -> c.contains("M96.1")), summary.body());
    assertEquals(1, summary.json().getJsonArray("addenda").size());
    assertTrue(summary.json().getString("functionAndMovement").contains("Guarded"), summary.body());

    Api.Download pdf = Api.as(DemoUser.SURGEON).download(workup(caseId) + "/summary.pdf");
    assertEquals(200, pdf.status());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    assertTrue(pdf.header("Content-Disposition").startsWith("attachment"), pdf.header("Content-Disposition"));
    assertEquals(403, Api.as(DemoUser.ADMIN).download(workup(caseId) + "/summary.pdf").status());
    assertEquals(404, Api.as(DemoUser.MULTI).download(workup(caseId) + "/summary.pdf").status());
    assertEquals(404, Api.as(DemoUser.MULTI).get(workup(caseId) + "/summary").status());
  }

  static List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  // --- the API document ------------------------------------------------------------------------

  @Test
  void theOpenApiDocumentDescribesTheWorkupApi() {
    Response openapi = Api.anonymous().get("/openapi?format=JSON");
    assertEquals(200, openapi.status());
    JsonObject paths = openapi.json().getJsonObject("paths");
    String base = "/api/v1/cases/{caseId}/workup";
    for (String path : List.of(base, base + "/sections/{section}", base + "/studies", base + "/studies/{number}/result",
        base + "/studies/{number}/report", base + "/blocks", base + "/blocks/{number}", base + "/signature",
        base + "/addenda", base + "/summary", base + "/summary.pdf")) {
      assertNotNull(paths.get(path), path);
    }
    assertNotNull(paths.getJsonObject(base + "/sections/{section}").get("put"));
    assertNull(paths.get("/api/v1/workups"), "no list of all workups");
    JsonValue schemas = openapi.json().getJsonObject("components").get("schemas");
    assertTrue(schemas.toString().contains("ExaminationDto"), "the section bodies are described");
  }
}
