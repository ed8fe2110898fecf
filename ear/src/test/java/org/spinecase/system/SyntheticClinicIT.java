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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.spinecase.domain.model.outcome.Answers;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.FlagSetConverter;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.Score;
import org.spinecase.domain.model.outcome.ScoreValue;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.outcome.TimePoint;
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
        "care_team_member", "measure_set", "instrument_response", "safety_alert")) {
      long highest = number("select max(id) from " + table);
      long next = number("select nextval('" + table + "_seq')");
      // Hibernate's pooled optimizer uses next-49 .. next for the block it gets
      assertTrue(next - 49 > highest, table + ": block from " + (next - 49) + " would collide with " + highest);
      assertTrue(next - 49 <= highest + 50, table + ": " + (next - 49 - highest) + " ids skipped");
    }
    assertEquals(2, number("select count(*) from revinfo where username = 'synthetic-data'"));
    assertEquals(number("select count(*) from patient"), number("select count(*) from patient_aud"));
    assertEquals(number("select count(*) from care_team_member"), number("select count(*) from care_team_member_aud"));
    assertEquals(number("select count(*) from measure_set"), number("select count(*) from measure_set_aud"));
    assertEquals(number("select count(*) from instrument_response"),
        number("select count(*) from instrument_response_aud"));
    assertEquals(number("select count(*) from instrument_answer"), number("select count(*) from instrument_answer_aud"));
    assertEquals(number("select count(*) from safety_alert"), number("select count(*) from safety_alert_aud"));
  }

  @Test
  void everyOpenedCaseHasItsMeasureSetsDueAsTheApplicationWouldMakeThem() throws SQLException {
    String baseline = String.join(",", column(
        "select instrument_code from measure_schedule where time_point = 'BASELINE' order by position"));
    // a baseline when the case opened, due that day
    assertEquals(0, number("select count(*) from case_file c where not exists (select 1 from measure_set m"
        + " where m.case_file_id = c.id and m.time_point = 'BASELINE' and m.patient_id = c.patient_id"
        + " and m.due_on = (c.opened_at at time zone 'UTC')::date"
        + " and m.overdue_on = m.due_on + " + MeasureSet.BASELINE_GRACE_DAYS + ")"));
    // follow-ups exactly for the cases that entered treatment, counted from that day
    for (TimePoint point : List.of(TimePoint.MONTH_3, TimePoint.MONTH_6, TimePoint.MONTH_12)) {
      assertEquals(0, number("select count(*) from case_file c"
          + " left join (select referral_id, (max(occurred_at) at time zone 'UTC')::date as started_on"
          + " from case_event where to_status = 'IN_TREATMENT' group by referral_id) t on t.referral_id = c.referral_id"
          + " left join measure_set m on m.case_file_id = c.id and m.time_point = '" + point + "'"
          + " where (t.started_on is null) <> (m.id is null)"
          + " or m.due_on <> (t.started_on + interval '" + point.months() + " months')::date"
          + " or m.overdue_on <> m.due_on + " + MeasureSet.FOLLOW_UP_GRACE_DAYS), point.name());
    }
    assertTrue(number("select count(*) from measure_set where time_point = 'MONTH_12'") > 0);
    // every set started as the schedule's snapshot: what is outstanding plus what was ticked off
    Map<String, List<String>> schedule = new HashMap<>();
    for (String point : List.of("BASELINE", "MONTH_3", "MONTH_6", "MONTH_12")) {
      schedule.put(point, column("select instrument_code from measure_schedule where time_point = '" + point
          + "' order by position"));
    }
    assertEquals(String.join(",", schedule.get("BASELINE")), baseline);
    Map<Long, Set<String>> ticked = new HashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select measure_set_id, instrument_code from instrument_response"
            + " where measure_set_id is not null")) {
      while (rs.next()) {
        assertTrue(ticked.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)),
            "set " + rs.getLong(1) + " ticked off " + rs.getString(2) + " twice");
      }
    }
    int sets = 0;
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, time_point, outstanding, status, version from measure_set")) {
      while (rs.next()) {
        sets++;
        long id = rs.getLong(1);
        List<String> outstanding = rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split(","));
        Set<String> done = ticked.getOrDefault(id, Set.of());
        List<String> expected = new ArrayList<>(schedule.get(rs.getString(2)));
        expected.removeAll(done);
        assertEquals(expected, outstanding, "set " + id);
        assertEquals(outstanding.isEmpty() ? "DONE" : "OPEN", rs.getString(4), "set " + id);
        assertEquals(done.size(), rs.getLong(5), "set " + id + ": one version per tick");
      }
    }
    assertTrue(sets > 1_000, sets + " sets");
    // the worklist has something to show: open sets due, some overdue, some done
    assertTrue(number("select count(*) from measure_set where status = 'OPEN' and overdue_on <= current_date") > 0);
    assertTrue(number("select count(*) from measure_set where status = 'OPEN' and overdue_on > current_date") > 0);
  }

  @Test
  void completeResponsesCarryTheDomainsScoreOfTheirAnswersAndTickTheirSetsOff() throws SQLException {
    Map<Long, Answers> answers = new HashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select response_id, item_number, value from instrument_answer"
            + " order by response_id, item_number")) {
      Map<Long, Map<Integer, Set<Integer>>> ticks = new TreeMap<>();
      while (rs.next()) {
        ticks.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).computeIfAbsent(rs.getInt(2), n -> new TreeSet<>())
            .add(rs.getInt(3));
      }
      ticks.forEach((id, items) -> {
        Answers a = Answers.none();
        for (Map.Entry<Integer, Set<Integer>> item : items.entrySet()) {
          a = a.with(item.getKey(), item.getValue().stream().mapToInt(v -> v).toArray());
        }
        answers.put(id, a);
      });
    }
    Map<Long, Map<String, String>> scores = new HashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select response_id, name, value, loinc from instrument_score")) {
      while (rs.next()) {
        scores.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
            rs.getDouble(3) + " " + rs.getString(4));
      }
    }
    FlagSetConverter flagColumn = new FlagSetConverter();
    Map<String, Integer> byInstrument = new TreeMap<>();
    int phq9Alerts = 0;
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select r.id, r.instrument_code, r.total, r.band, r.flags, r.loinc_panel,"
            + " r.loinc_total, r.recall_period, r.alert_raised, r.time_point, r.measure_set_id, r.instrument_version,"
            + " r.administered_on, r.completed_at, r.entered_at, (select count(*) from safety_alert a"
            + " where a.response_id = r.id) from instrument_response r where r.status = 'COMPLETE'")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String code = rs.getString(2);
        String where = "response " + id + " (" + code + ")";
        Answers given = answers.get(id);
        assertNotNull(given, where + ": no answers");
        Score score = Scorings.of(code).score(given);
        assertTrue(score.isScorable(), where);
        assertEquals(score.total(), rs.getDouble(3), 0.0, where + ": total");
        assertEquals(score.band(), rs.getString(4), where + ": band");
        assertEquals(flagColumn.convertToDatabaseColumn(score.flags()), rs.getString(5), where + ": flags");
        assertEquals(score.loinc(), rs.getString(7), where + ": LOINC");
        assertEquals(Scorings.of(code).instrument().loincPanel(), rs.getString(6), where + ": LOINC panel");
        assertEquals(Scorings.of(code).instrument().version(), rs.getString(12), where + ": version");
        Map<String, String> expected = new HashMap<>();
        for (ScoreValue value : InstrumentResponse.scoreValues(Scorings.of(code).instrument(), score)) {
          expected.put(value.getName(), value.getValue() + " " + value.getLoinc());
        }
        assertEquals(expected, scores.getOrDefault(id, Map.of()), where + ": instrument_score rows");
        assertEquals(code.startsWith("NRS") ? "AVERAGE_1_WEEK" : null, rs.getString(8), where + ": recall");
        boolean alert = score.has(Flag.SAFETY_ALERT);
        assertEquals(alert, given.value(9).orElse(0) > 0 && code.equals("PHQ-9"), where);
        assertEquals(alert, rs.getBoolean(9), where + ": alert raised");
        assertEquals(alert ? 1 : 0, rs.getInt(16), where + ": safety alert rows");
        phq9Alerts += alert ? 1 : 0;
        assertNotNull(rs.getObject(11), where + ": ticks its set off");
        assertFalse(rs.getObject(13, LocalDate.class).isAfter(LocalDate.now()), where + ": in the future");
        assertFalse(rs.getTimestamp(14).before(rs.getTimestamp(15)), where + ": completed before entered");
        byInstrument.merge(code + " " + rs.getString(10), 1, Integer::sum);
      }
    }
    LOG.info(() -> "Complete responses: " + byInstrument);
    for (String code : List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9", "GAD-7")) {
      assertTrue(byInstrument.getOrDefault(code + " BASELINE", 0) > 100, code);
    }
    for (String code : List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9")) {
      assertTrue(byInstrument.getOrDefault(code + " MONTH_3", 0) > 20, code + " at 3 months");
    }
    assertEquals(0, number("select count(*) from instrument_response r join measure_set m on m.id = r.measure_set_id"
        + " where m.case_file_id <> r.case_file_id or m.time_point <> r.time_point"
        + " or position(r.instrument_code in m.outstanding) > 0"));
    // baselines for every case past workup, follow-ups only once due
    assertEquals(0, number("select count(*) from case_file c where c.status not in ('WORKUP')"
        + " and exists (select 1 from case_event e where e.referral_id = c.referral_id and e.to_status = 'READY_FOR_MDT')"
        + " and not exists (select 1 from instrument_response r where r.case_file_id = c.id"
        + " and r.time_point = 'BASELINE')"));
    assertEquals(0, number("select count(*) from case_file c where c.status = 'WORKUP'"
        + " and exists (select 1 from instrument_response r where r.case_file_id = c.id)"));
    assertEquals(0, number("select count(*) from instrument_response r join measure_set m on m.id = r.measure_set_id"
        + " where m.due_on > current_date"));
    // pain tends to fall after treatment, not for everyone
    long better = number("select count(*) from instrument_response b join instrument_response f"
        + " on f.case_file_id = b.case_file_id and f.instrument_code = b.instrument_code"
        + " where b.instrument_code = 'ODI' and b.time_point = 'BASELINE' and f.time_point = 'MONTH_6'"
        + " and f.total < b.total");
    long worse = number("select count(*) from instrument_response b join instrument_response f"
        + " on f.case_file_id = b.case_file_id and f.instrument_code = b.instrument_code"
        + " where b.instrument_code = 'ODI' and b.time_point = 'BASELINE' and f.time_point = 'MONTH_6'"
        + " and f.total > b.total");
    assertTrue(better > 2 * worse && worse > 0, "ODI at 6 months: " + better + " better, " + worse + " worse");
    assertTrue(phq9Alerts > 0, "some PHQ-9 item 9 answers above 0");
  }

  @Test
  void safetyAlertsExistExactlyForPhq9WithItem9AboveZero() throws SQLException {
    assertEquals(0, number("select count(*) from instrument_response r where r.status = 'COMPLETE'"
        + " and (r.instrument_code = 'PHQ-9' and exists (select 1 from instrument_answer a where a.response_id = r.id"
        + " and a.item_number = 9 and a.value > 0))"
        + " <> exists (select 1 from safety_alert s where s.response_id = r.id and s.case_file_id = r.case_file_id)"));
    assertTrue(number("select count(*) from safety_alert where acknowledged_at is null") > 0, "some open");
    assertTrue(number("select count(*) from safety_alert where acknowledged_at is not null and note is not null"
        + " and acknowledged_by in ('surgeon', 'painspecialist', 'drmulti', 'psychologist')") > 0, "some acknowledged");
    assertEquals(0, number("select count(*) from safety_alert a join instrument_response r on r.id = a.response_id"
        + " where a.raised_at < r.entered_at or a.raised_at > r.completed_at or a.acknowledged_at < a.raised_at"
        + " or (a.acknowledged_at is null) <> (a.version = 0)"));
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
