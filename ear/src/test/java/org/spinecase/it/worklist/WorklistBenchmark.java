package org.spinecase.it.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.system.SyntheticClinic;

/**
 * How long the worklists take at clinic scale: 100,000 synthetic patients (about 110,000 referrals
 * and 87,000 cases) are generated into the test database, then every worklist is asked for its
 * first page, as the application's REST API serves it with a real token, and the counts of each
 * user's lists. A warm-up, then {@value #MEASURED} timed requests per list; the times are printed
 * as p50/p95/max. Times are not asserted (targets belong to whoever reads the numbers), the
 * results are: lists are not empty, red flags come first, and then the longest waiting.
 *
 * <p>Not part of the normal test run (failsafe runs *IT): {@code flock /tmp/spinecase/it.lock
 * ./mvnw -o -B verify -pl ear -Dit.test=WorklistBenchmark} (-Dbenchmark.patients=N for another size).
 */
@ExtendWith(ArquillianExtension.class)
class WorklistBenchmark {

  private static final Logger LOG = Logger.getLogger(WorklistBenchmark.class.getName());
  private static final int WARM_UP = 20;
  private static final int MEASURED = 50;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  private record Probe(DemoUser user, String label, String path) {}

  private record Timing(String label, List<Long> nanos) {
    long percentile(int p) {
      List<Long> sorted = nanos.stream().sorted().toList();
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    String row() {
      return String.format(Locale.ROOT, "  %-44s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms", label,
          percentile(50) / 1e6, percentile(95) / 1e6, nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
    }
  }

  @Test
  void worklistsAtClinicScale() throws SQLException, IOException {
    int patients = Integer.getInteger("benchmark.patients", 100_000);
    SyntheticClinic.Result generated;
    try (Connection connection = DriverManager.getConnection(
        "jdbc:postgresql://" + System.getenv("POSTGRESQL_HOST") + ":" + System.getenv("POSTGRESQL_PORT") + "/"
            + System.getenv("POSTGRESQL_DATABASE"), System.getenv("POSTGRESQL_USER"), System.getenv("POSTGRESQL_PASSWORD"))) {
      generated = SyntheticClinic.generate(connection, patients, 20_261_121L);
    }
    LOG.info(() -> "Generated " + generated);

    List<Probe> probes = List.of(
        new Probe(DemoUser.COORDINATOR, "coordinator NEW_REFERRALS", "/api/v1/worklists/NEW_REFERRALS"),
        new Probe(DemoUser.COORDINATOR, "coordinator AWAITING_INFORMATION", "/api/v1/worklists/AWAITING_INFORMATION"),
        new Probe(DemoUser.COORDINATOR, "coordinator OVERDUE_TRIAGE", "/api/v1/worklists/OVERDUE_TRIAGE"),
        new Probe(DemoUser.SURGEON, "surgeon TRIAGE_QUEUE", "/api/v1/worklists/TRIAGE_QUEUE"),
        new Probe(DemoUser.SURGEON, "surgeon MY_CASES", "/api/v1/worklists/MY_CASES"),
        new Probe(DemoUser.SURGEON, "surgeon MY_CASES page 40, by patient",
            "/api/v1/worklists/MY_CASES?first=1000&sort=PATIENT&asc=true"),
        new Probe(DemoUser.SURGEON, "surgeon MY_CASES name filter \"zorb\"", "/api/v1/worklists/MY_CASES?q=zorb"),
        new Probe(DemoUser.SURGEON, "surgeon READY_FOR_MDT", "/api/v1/worklists/READY_FOR_MDT"),
        new Probe(DemoUser.PAIN_SPECIALIST, "painspecialist MY_CASES", "/api/v1/worklists/MY_CASES"),
        new Probe(DemoUser.PHYSIOTHERAPIST, "physio TEAM_CASES", "/api/v1/worklists/TEAM_CASES"),
        new Probe(DemoUser.PSYCHOLOGIST, "psychologist TEAM_CASES", "/api/v1/worklists/TEAM_CASES"),
        new Probe(DemoUser.COORDINATOR, "coordinator counts (3 lists)", "/api/v1/worklists"),
        new Probe(DemoUser.SURGEON, "surgeon counts (3 lists)", "/api/v1/worklists"),
        new Probe(DemoUser.PHYSIOTHERAPIST, "physio counts (1 list)", "/api/v1/worklists"));

    for (Probe probe : probes) {
      checkResult(probe, Api.as(probe.user()).get(probe.path()));
    }
    applicationReadsTheGeneratedRecords();
    List<Timing> timings = new ArrayList<>();
    for (Probe probe : probes) {
      for (int i = 0; i < WARM_UP; i++) {
        Api.as(probe.user()).get(probe.path());
      }
      List<Long> nanos = new ArrayList<>();
      for (int i = 0; i < MEASURED; i++) {
        Api api = Api.as(probe.user());
        long start = System.nanoTime();
        Response response = api.get(probe.path());
        nanos.add(System.nanoTime() - start);
        assertEquals(200, response.status(), response.body());
      }
      timings.add(new Timing(probe.label(), nanos));
    }
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%nWorklists at %,d patients (generator: %.1f s, %,.0f patients/s, %,d rows)%n"
            + "  request time through REST with a bearer token, %d requests after %d warm-up, first page of 25%n",
        patients, generated.elapsed().toMillis() / 1000.0, generated.patientsPerSecond(), generated.totalRows(),
        MEASURED, WARM_UP));
    timings.forEach(t -> report.append(t.row()).append('\n'));
    LOG.info(report::toString);
  }

  /** A generated case, its referral and letter open through the API like any other. */
  private static void applicationReadsTheGeneratedRecords() {
    JsonObject row = Api.as(DemoUser.SURGEON).get("/api/v1/worklists/MY_CASES?max=1").json()
        .getJsonArray("items").getJsonObject(0);
    Response caseFile = Api.as(DemoUser.SURGEON).get("/api/v1/cases/" + row.getJsonNumber("caseId").longValue());
    assertEquals(200, caseFile.status(), caseFile.body());
    assertEquals(row.getString("status"), caseFile.json().getString("statusLabel"));
    assertFalse(caseFile.json().getJsonArray("events").isEmpty(), caseFile.body());
    long referralId = row.getJsonNumber("referralId").longValue();
    Response referral = Api.as(DemoUser.SURGEON).get("/api/v1/referrals/" + referralId);
    assertEquals(200, referral.status(), referral.body());
    assertTrue(referral.json().getJsonObject("referrer").getString("name").endsWith("(synthetic)"), referral.body());
    long attachmentId = referral.json().getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Download letter = Api.as(DemoUser.SURGEON).download("/api/v1/referrals/" + referralId + "/attachments/" + attachmentId);
    assertEquals(200, letter.status());
    assertTrue(letter.header("Content-Type").startsWith("application/pdf"), letter.header("Content-Type"));
  }

  /** Not empty, red flags first, then longest waiting first; counts match the lists. */
  private static void checkResult(Probe probe, Response response) {
    assertEquals(200, response.status(), probe.label() + ": " + response.body());
    if (probe.path().endsWith("/worklists")) {
      List<JsonObject> counts = response.structure().asJsonArray().getValuesAs(JsonObject.class);
      assertFalse(counts.isEmpty(), probe.label());
      counts.forEach(c -> assertTrue(c.getJsonNumber("count").longValue() > 0, probe.label() + ": " + c));
      return;
    }
    JsonObject page = response.json();
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertFalse(items.isEmpty(), probe.label() + " is empty");
    assertTrue(page.getJsonNumber("total").longValue() >= items.size(), probe.label());
    List<Boolean> red = items.stream().map(i -> i.getBoolean("redFlag")).toList();
    assertEquals(red.stream().sorted(Comparator.reverseOrder()).toList(), red, probe.label() + ": red flags first");
    if (!probe.path().contains("sort=")) {
      for (boolean flag : List.of(true, false)) {
        List<LocalDate> since = items.stream().filter(i -> i.getBoolean("redFlag") == flag)
            .map(i -> LocalDate.parse(i.getString("waitingSince"))).toList();
        assertEquals(since.stream().sorted().toList(), since, probe.label() + ": longest waiting first");
      }
    }
    if (probe.path().endsWith("TRIAGE_QUEUE") || probe.path().endsWith("NEW_REFERRALS")) {
      // about 3 % of the thousands of waiting referrals are red flags: the first page is all red
      assertTrue(items.get(0).getBoolean("redFlag"), probe.label() + ": a red flag on top");
    }
  }
}
