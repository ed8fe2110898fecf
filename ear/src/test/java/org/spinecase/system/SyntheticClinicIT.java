package org.spinecase.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.casefile.CareLifecycle;
import org.spinecase.domain.model.casefile.CareState;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.casefile.Transition;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.Urgency;

/**
 * The synthetic data generator against a PostgreSQL of its own (a free port, not the system tests'
 * database, whose worklists the other tests read), migrated by the application's Flyway scripts:
 * every status, question and urgency occurs, every timeline replays through the lifecycle's table
 * with roles that allow each step, care teams have one lead, nothing looks like a real person, and
 * the sequences leave the application's pooled id blocks clear of the generated rows.
 */
class SyntheticClinicIT {

  private static final Logger LOG = Logger.getLogger(SyntheticClinicIT.class.getName());
  private static final Map<String, Set<String>> ROLES = Map.of(
      "coordinator", Set.of("coordinator"),
      "surgeon", Set.of("surgeon"),
      "painspecialist", Set.of("pain-specialist"),
      "drmulti", Set.of("surgeon", "pain-specialist"));

  private static EmbeddedDatabase database;
  private static String url;
  private static SyntheticClinic.Result first;

  @BeforeAll
  static void generate() throws IOException, SQLException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    database = EmbeddedDatabase.start(port, Path.of("target/synthetic-postgres"), false, "synthetic", "synthetic",
        "synthetic");
    url = "jdbc:postgresql://localhost:" + port + "/synthetic";
    Flyway.configure().dataSource(url, "synthetic", "synthetic").locations("classpath:db/migration").load().migrate();
    try (Connection c = connect()) {
      first = SyntheticClinic.generate(c, 1_500, 7L);
      SyntheticClinic.Result second = SyntheticClinic.generate(c, 500, 8L);
      LOG.info(() -> "Synthetic clinic: " + first + "; then " + second);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (database != null) {
      database.close();
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "synthetic", "synthetic");
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static long number(String sql) throws SQLException {
    return Long.parseLong(column(sql).get(0));
  }

  @Test
  void everyStatusQuestionAndUrgencyOccursWithAboutThreePercentRedFlags() throws SQLException {
    assertEquals(2_000, number("select count(*) from patient"));
    assertEquals(names(ReferralStatus.values()), Set.copyOf(column("select distinct status from referral")));
    assertEquals(names(CaseStatus.values()), Set.copyOf(column("select distinct status from case_file")));
    assertEquals(names(ReferralQuestion.values()), Set.copyOf(column("select distinct question from referral")));
    assertEquals(names(Urgency.values()), Set.copyOf(column("select distinct urgency from referral")));
    double redFlags = number("select count(*) from referral where red_flag") * 100.0 / number("select count(*) from referral");
    assertTrue(redFlags > 1.5 && redFlags < 5, "red flags: " + redFlags + " %");
    assertEquals(Set.of("0", "1", "2", "3"), Set.copyOf(column(
        "select distinct count(s.id) from patient p left join prior_spine_surgery s on s.patient_id = p.id group by p.id")));
    assertTrue(number("select count(*) from patient where smoking_status = 'CURRENT'") > 0);
    assertTrue(number("select count(*) from patient where bmi is not null") > 1_500);
  }

  @Test
  void nothingLooksLikeARealPersonOrPlace() throws SQLException {
    assertEquals(0, number("select count(*) from patient where mrn !~ '^SY-[0-9]{7}$'"
        + " or email !~ '@example\\.invalid$' or address !~ 'Synthetic Town'"));
    assertEquals(0, number("select count(*) from referral where referrer_name !~ '^Dr\\. .* \\(synthetic\\)$'"
        + " or referrer_organisation !~ '^Synthetic Hospital [0-9]+$' or referrer_contact !~ '\\.example\\.invalid$'"));
    assertEquals(0, number("select count(*) from prior_spine_surgery where hospital_or_surgeon !~ '^Synthetic Hospital'"));
    assertEquals(0, number("select count(*) from attachment_content where position('SYNTHETIC TEST DATA'::bytea in content) = 0"
        + " or substring(content from 1 for 5) <> '%PDF-'::bytea"));
    assertEquals(2_000, number("select count(distinct mrn) from patient"));
  }

  @Test
  void everyTimelineReplaysThroughTheLifecycleWithRolesThatAllowEachStep() throws SQLException {
    Map<Long, String> finalStates = new HashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select r.id, coalesce(c.status, r.status) from referral r"
            + " left join case_file c on c.referral_id = r.id")) {
      while (rs.next()) {
        finalStates.put(rs.getLong(1), rs.getString(2));
      }
    }
    Map<Long, CareState> states = new HashMap<>();
    Map<Long, Timestamp> last = new HashMap<>();
    Set<EventKind> teamChanges = EnumSet.of(EventKind.MEMBER_ADDED, EventKind.MEMBER_REMOVED, EventKind.LEAD_CHANGED);
    int events = 0;
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select referral_id, occurred_at, actor, kind, from_status, to_status, note"
            + " from case_event order by referral_id, id")) {
      while (rs.next()) {
        events++;
        long referral = rs.getLong(1);
        Timestamp at = rs.getTimestamp(2);
        String actor = rs.getString(3);
        EventKind kind = EventKind.valueOf(rs.getString(4));
        CareState from = rs.getString(5) == null ? null : CareState.valueOf(rs.getString(5));
        CareState to = rs.getString(6) == null ? null : CareState.valueOf(rs.getString(6));
        String where = "referral " + referral + ", " + kind + " " + from + "->" + to;
        assertFalse(last.containsKey(referral) && at.before(last.get(referral)), where + ": out of order");
        last.put(referral, at);
        CareState state = states.get(referral);
        if (kind == EventKind.REFERRAL_RECEIVED) {
          assertEquals(null, state, where);
          assertEquals(ReferralStatus.RECEIVED, to, where);
          states.put(referral, to);
          continue;
        }
        assertNotNull(state, where + ": before the referral was received");
        if (to == null) {
          if (teamChanges.contains(kind)) {
            assertTrue(state instanceof CaseStatus open && open.isOpen(), where + ": team change on " + state);
          }
          continue;
        }
        assertEquals(state, from, where);
        Transition row = CareLifecycle.transitions().stream()
            .filter(t -> t.from() == from && t.to() == to && t.command().eventKind() == kind)
            .findFirst().orElseThrow(() -> new AssertionError(where + ": not in the lifecycle"));
        assertTrue(row.allows(ROLES.getOrDefault(actor, Set.of())), where + ": not allowed for " + actor);
        if (row.reasonRequired()) {
          assertNotNull(rs.getString(7), where + ": reason missing");
        }
        states.put(referral, to);
      }
    }
    assertEquals(finalStates.size(), states.size(), "every referral has a timeline");
    finalStates.forEach((referral, status) ->
        assertEquals(status, states.get(referral).name(), "referral " + referral + " ends where its records say"));
    LOG.info("Replayed " + events + " events of " + states.size() + " episodes");
  }

  @Test
  void triageFieldsAndCareTeamsAgreeWithTheStatuses() throws SQLException {
    assertEquals(0, number("select count(*) from referral where status in ('ACCEPTED', 'DECLINED')"
        + " and triaged_by not in ('surgeon', 'painspecialist', 'drmulti')"));
    assertEquals(0, number("select count(*) from referral r where (r.status = 'ACCEPTED')"
        + " <> exists (select 1 from case_file c where c.referral_id = r.id)"));
    assertEquals(0, number("select count(*) from referral where (status in ('RECEIVED', 'AWAITING_INFORMATION'))"
        + " <> (due_on is not null)"));
    assertEquals(0, number("select count(*) from case_file c where 1 <> (select count(*) from care_team_member m"
        + " where m.case_file_id = c.id and m.lead and m.removed_at is null and m.username = c.lead_username)"));
    assertEquals(0, number("select count(*) from case_file c join referral r on r.id = c.referral_id"
        + " where c.red_flag <> r.red_flag or c.patient_id <> r.patient_id or c.opened_at <> r.triaged_at"));
    assertEquals(0, number("select count(*) from case_file where (status = 'CLOSED') <> (closed_at is not null)"));
    assertTrue(number("select count(*) from care_team_member where removed_at is not null") > 0);
    assertTrue(number("select count(*) from case_event where kind = 'LEAD_CHANGED'") > 0);
  }

  @Test
  void theApplicationsPooledIdBlocksStartAfterTheGeneratedRows() throws SQLException {
    for (String table : List.of("patient", "prior_spine_surgery", "referral", "attachment", "case_file",
        "care_team_member")) {
      long highest = number("select max(id) from " + table);
      long next = number("select nextval('" + table + "_seq')");
      // Hibernate's pooled optimizer uses next-49 .. next for the block it gets
      assertTrue(next - 49 > highest, table + ": block from " + (next - 49) + " would collide with " + highest);
      assertTrue(next - 49 <= highest + 50, table + ": " + (next - 49 - highest) + " ids skipped");
    }
    assertEquals(2, number("select count(*) from revinfo where username = 'synthetic-data'"));
    assertEquals(number("select count(*) from patient"), number("select count(*) from patient_aud"));
    assertEquals(number("select count(*) from care_team_member"), number("select count(*) from care_team_member_aud"));
  }

  @Test
  void reportsWhatItWrote() {
    // the time is only reported; WorklistBenchmark measures 100,000 patients
    assertEquals(1_500L, first.rows().get("patient"));
    assertTrue(first.rows().get("case_event") > 5 * 1_500, first.toString());
    assertEquals(first.rows().get("referral"), first.rows().get("referral_aud"));
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new HashSet<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }
}
