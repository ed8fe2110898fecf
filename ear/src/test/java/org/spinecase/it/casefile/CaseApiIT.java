package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
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
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.it.support.ReferralJson;
import org.spinecase.it.support.SampleDocuments;

/**
 * The path another system takes from a referral to a case, over /api/v1 with real tokens: send a
 * referral with its letter, read its status, a surgeon accepts it, the case is read and moved on by
 * its care team, refused to everyone else; and the worklists that show it.
 */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT {

  private static final String REFERRALS = "/api/v1/referrals";
  private static final String CASES = "/api/v1/cases";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  /** Every demo user has been seen once, so the directory knows them as team members. */
  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  record Episode(long referralId, long caseId, JsonObject caseJson) {}

  /** Coordinator sends a referral; the surgeon accepts it as lead with the physiotherapist. */
  static Episode acceptedCase(String family) {
    return acceptedCase(family, "physio");
  }

  /** Coordinator sends a referral; the surgeon accepts it as lead with the team named. */
  static Episode acceptedCase(String family, String... team) {
    Response received = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(family).attach("REFERRAL_LETTER", "letter.pdf", SampleDocuments.pdf()).json());
    assertEquals(201, received.status(), received.body());
    long referralId = received.json().getJsonNumber("id").longValue();
    long version = received.json().getJsonNumber("version").longValue();

    Response accepted = Api.as(DemoUser.SURGEON)
        .post(REFERRALS + "/" + referralId + "/triage", ReferralJson.accept(version, "surgeon", team));
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals("ACCEPTED", accepted.json().getString("status"));
    long caseId = accepted.json().getJsonNumber("caseId").longValue();
    assertEquals("WORKUP", accepted.json().getString("caseStatus"));

    Response read = Api.as(DemoUser.SURGEON).get(CASES + "/" + caseId);
    assertEquals(200, read.status(), read.body());
    return new Episode(referralId, caseId, read.json());
  }

  static Response command(DemoUser as, long caseId, String command, long version, String reason) {
    return Api.as(as).post(CASES + "/" + caseId + "/commands", ReferralJson.command(command, version, reason));
  }

  static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  @Test
  void fromReferralToCaseAndThroughTheLifecycle() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Path"));
    JsonObject caseJson = episode.caseJson();
    assertEquals("WORKUP", caseJson.getString("status"));
    assertEquals("surgeon", caseJson.getString("leadUsername"));
    assertEquals(episode.referralId(), caseJson.getJsonNumber("referralId").longValue());
    List<String> team = caseJson.getJsonArray("careTeam").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("username")).sorted().toList();
    assertEquals(List.of("physio", "surgeon"), team);
    assertTrue(caseJson.getJsonArray("events").size() >= 2, caseJson.toString());

    // the referral's status tells the sending system where its patient stands
    JsonObject referral = Api.as(DemoUser.COORDINATOR).get(REFERRALS + "/" + episode.referralId()).json();
    assertEquals("ACCEPTED", referral.getString("status"));
    assertEquals(episode.caseId(), referral.getJsonNumber("caseId").longValue());

    // ready for MDT is not a command given by hand: it comes from signing the complete workup
    Response byHand = command(DemoUser.SURGEON, episode.caseId(), "MARK_READY_FOR_MDT", version(caseJson), null);
    assertEquals(409, byHand.status(), byHand.body());
    assertTrue(byHand.json().getString("message").contains("signing its workup"), byHand.body());
    assertEquals("WORKUP", Api.as(DemoUser.SURGEON).get(CASES + "/" + episode.caseId()).json().getString("status"));
    SignedWorkups.signOverApi(episode.caseId());
    Response ready = Api.as(DemoUser.SURGEON).get(CASES + "/" + episode.caseId());
    assertEquals("READY_FOR_MDT", ready.json().getString("status"));
    assertEquals(String.valueOf(version(ready.json())), ready.header("ETag").replace("\"", ""));

    Response decided = command(DemoUser.SURGEON, episode.caseId(), "RECORD_MDT_DECISION", version(ready.json()),
        "Conservative: multidisciplinary pain programme, no further surgery.");
    assertEquals(200, decided.status(), decided.body());
    assertEquals("MDT_DECIDED", decided.json().getString("status"));

    JsonObject latest = decided.json().getJsonArray("events").getJsonObject(0);
    assertEquals("surgeon", latest.getString("by"));
    assertTrue(latest.getString("note").startsWith("Conservative"), latest.toString());

    Response closed = command(DemoUser.SURGEON, episode.caseId(), "CLOSE", version(decided.json()),
        "Patient moved away.");
    assertEquals(200, closed.status(), closed.body());
    assertEquals("CLOSED", closed.json().getString("status"));
    assertEquals("Patient moved away.", closed.json().getString("closeReason"));
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void theCaseIsSeenByItsTeamAndTheCoordinatorOnly(DemoUser user) {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Team"));
    Response read = Api.as(user).get(CASES + "/" + episode.caseId());
    int expected = switch (user) {
      case SURGEON, PHYSIOTHERAPIST, COORDINATOR -> 200;
      // clinicians outside the care team: as if the case did not exist
      case PAIN_SPECIALIST, PSYCHOLOGIST, MULTI -> 404;
      case ADMIN -> 403;
    };
    assertEquals(expected, read.status(), read.body());
    if (expected == 404) {
      assertEquals(404, read.json().getInt("status"));
    }
  }

  @Test
  void aPhysiotherapistOutsideTheTeamGets404AndThePsychologistOnItReads() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Psych"), "psychologist");
    Response outsider = Api.as(DemoUser.PHYSIOTHERAPIST).get(CASES + "/" + episode.caseId());
    assertEquals(404, outsider.status(), outsider.body());
    assertEquals("The case file was not found.", outsider.json().getString("message"));
    assertEquals(404, Api.as(DemoUser.PHYSIOTHERAPIST).get(REFERRALS + "/" + episode.referralId()).status());
    Response member = Api.as(DemoUser.PSYCHOLOGIST).get(CASES + "/" + episode.caseId());
    assertEquals(200, member.status(), member.body());
    assertEquals("WORKUP", member.json().getString("status"));
    assertEquals(200, Api.as(DemoUser.PSYCHOLOGIST).get(REFERRALS + "/" + episode.referralId()).status());
  }

  @Test
  void acceptingWithSomeoneUnknownOnTheTeamIs400NamingTheTeam() {
    Response received = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forNewPatient(ReferralJson.uniqueName("Unknown")).json());
    long referralId = received.json().getJsonNumber("id").longValue();
    Response accepted = Api.as(DemoUser.SURGEON).post(REFERRALS + "/" + referralId + "/triage",
        ReferralJson.accept(received.json().getJsonNumber("version").longValue(), "surgeon", "nobody-here"));
    assertEquals(400, accepted.status(), accepted.body());
    JsonObject violation = accepted.json().getJsonArray("violations").getJsonObject(0);
    assertEquals("team", violation.getString("field"));
    assertTrue(violation.getString("message").contains("nobody-here"), violation.toString());
  }

  @Test
  void anIllegalStepInTheCurrentStatusIs409WithAClearMessage() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Illegal"));
    Response response = command(DemoUser.SURGEON, episode.caseId(), "START_TREATMENT", version(episode.caseJson()), null);
    assertEquals(409, response.status(), response.body());
    String message = response.json().getString("message");
    assertTrue(message.contains("Workup") || message.contains("workup"), message);
    assertTrue(!message.contains("Exception"), message);

    // nothing changed
    JsonObject unchanged = Api.as(DemoUser.SURGEON).get(CASES + "/" + episode.caseId()).json();
    assertEquals("WORKUP", unchanged.getString("status"));
  }

  @Test
  void closingWithoutAReasonIs400NamingTheReason() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("NoReason"));
    Response response = command(DemoUser.SURGEON, episode.caseId(), "CLOSE", version(episode.caseJson()), null);
    assertEquals(400, response.status(), response.body());
    assertEquals("reason", response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
  }

  @Test
  void aRoleThatMayNeverMoveACaseIs403EvenOnTheTeam() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Physio"));
    Response response = command(DemoUser.PHYSIOTHERAPIST, episode.caseId(), "MARK_READY_FOR_MDT",
        version(episode.caseJson()), null);
    assertEquals(403, response.status(), response.body());
    assertTrue(response.json().getString("message").endsWith("by a physiotherapist."), response.body());
    Response admin = command(DemoUser.ADMIN, episode.caseId(), "CLOSE", version(episode.caseJson()), "Tidy up");
    assertEquals(403, admin.status(), admin.body());
  }

  @Test
  void aPhysicianOutsideTheTeamCannotMoveTheCaseAndLearnsNothing() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Outsider"));
    Response response = command(DemoUser.PAIN_SPECIALIST, episode.caseId(), "MARK_READY_FOR_MDT",
        version(episode.caseJson()), null);
    assertEquals(404, response.status(), response.body());
  }

  @Test
  void aCommandOnAnOldVersionIs409() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Stale"));
    long read = version(episode.caseJson());
    assertEquals(200, command(DemoUser.SURGEON, episode.caseId(), "CLOSE", read, "Duplicate referral").status());
    Response stale = command(DemoUser.SURGEON, episode.caseId(), "CLOSE", read, "Duplicate referral");
    assertEquals(409, stale.status(), stale.body());
  }

  @Test
  void unknownCommandOrMissingOneIs400() {
    Episode episode = acceptedCase(ReferralJson.uniqueName("Typo"));
    Response typo = Api.as(DemoUser.SURGEON).post(CASES + "/" + episode.caseId() + "/commands",
        "{\"command\": \"FINISH\", \"version\": 0}");
    assertEquals(400, typo.status(), typo.body());
    Response none = Api.as(DemoUser.SURGEON).post(CASES + "/" + episode.caseId() + "/commands", "{\"version\": 0}");
    assertEquals(400, none.status(), none.body());
  }

  @Test
  void theAcceptedCaseIsOnTheLeadsAndTheTeamsWorklists() {
    String family = ReferralJson.uniqueName("Listed");
    Episode episode = acceptedCase(family);

    JsonObject mine = Api.as(DemoUser.SURGEON).get("/api/v1/worklists/my-cases?max=10&q=" + family).json();
    assertEquals(1, mine.getInt("total"), mine.toString());
    JsonObject row = mine.getJsonArray("items").getJsonObject(0);
    assertEquals(episode.caseId(), row.getJsonNumber("caseId").longValue());
    assertTrue(row.getString("mrn").startsWith("SC-"), row.toString());

    JsonObject team = Api.as(DemoUser.PHYSIOTHERAPIST).get("/api/v1/worklists/TEAM_CASES?q=" + family).json();
    assertEquals(1, team.getInt("total"), team.toString());

    JsonObject outsider = Api.as(DemoUser.PSYCHOLOGIST).get("/api/v1/worklists/TEAM_CASES?q=" + family).json();
    assertEquals(0, outsider.getInt("total"), outsider.toString());
  }

  @Test
  void redFlagsComeFirstOnTheTriageQueue() {
    String family = ReferralJson.uniqueName("Queue");
    Response routine = Api.as(DemoUser.COORDINATOR).post(REFERRALS, ReferralJson.forNewPatient(family).json());
    assertEquals(201, routine.status(), routine.body());
    long patientId = routine.json().getJsonNumber("patientId").longValue();
    Response urgent = Api.as(DemoUser.COORDINATOR).post(REFERRALS,
        ReferralJson.forPatient(patientId).redFlag("PROGRESSIVE_NEUROLOGICAL_DEFICIT").json());
    assertEquals(201, urgent.status(), urgent.body());

    for (DemoUser physician : List.of(DemoUser.SURGEON, DemoUser.PAIN_SPECIALIST, DemoUser.MULTI)) {
      Response page = Api.as(physician).get("/api/v1/worklists/triage-queue?sort=PATIENT&asc=true&q=" + family);
      assertEquals(200, page.status(), page.body());
      List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
      assertEquals(2, items.size(), page.body());
      assertTrue(items.get(0).getBoolean("redFlag"), page.body());
      assertEquals(urgent.json().getJsonNumber("id").longValue(), items.get(0).getJsonNumber("referralId").longValue());
      assertTrue(!items.get(1).getBoolean("redFlag"), page.body());
    }
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void everyoneGetsTheirOwnListsWithCounts(DemoUser user) {
    Response counts = Api.as(user).get("/api/v1/worklists");
    if (user == DemoUser.ADMIN) {
      assertTrue(counts.status() == 403 || counts.structure().asJsonArray().isEmpty(), counts.body());
      return;
    }
    assertEquals(200, counts.status(), counts.body());
    List<String> lists = counts.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("list")).toList();
    List<String> expected = switch (user) {
      case COORDINATOR -> List.of("NEW_REFERRALS", "AWAITING_INFORMATION", "OVERDUE_TRIAGE", "MEASURES_DUE",
          "STUDIES_OUTSTANDING");
      case SURGEON, PAIN_SPECIALIST, MULTI -> List.of("TRIAGE_QUEUE", "MY_CASES", "READY_FOR_MDT", "MEASURES_DUE",
          "STUDIES_OUTSTANDING", "SAFETY_ALERTS");
      case PHYSIOTHERAPIST, PSYCHOLOGIST -> List.of("TEAM_CASES", "MEASURES_DUE", "SAFETY_ALERTS");
      case ADMIN -> List.of();
    };
    assertEquals(expected.stream().sorted().toList(), lists.stream().sorted().toList());
  }

  @Test
  void aListOfAnotherRoleIs403AndBadParametersAre400() {
    assertEquals(403, Api.as(DemoUser.PHYSIOTHERAPIST).get("/api/v1/worklists/TRIAGE_QUEUE").status());
    assertEquals(404, Api.as(DemoUser.SURGEON).get("/api/v1/worklists/EVERYTHING").status());
    Response bad = Api.as(DemoUser.SURGEON).get("/api/v1/worklists/MY_CASES?max=0&sort=age&status=DONE");
    assertEquals(400, bad.status(), bad.body());
    List<String> fields = bad.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("field")).sorted().toList();
    assertEquals(List.of("max", "sort", "status"), fields);
  }
}
