package org.spinecase.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.system.synthetic.ClinicSimulation;
import org.spinecase.system.synthetic.CopyTable;
import org.spinecase.system.synthetic.IdBlock;
import org.spinecase.system.synthetic.SyntheticTables;

/**
 * Fills the clinic's database with realistic, clearly fake patients, referrals, cases and their
 * outcome measures (measure sets, scored questionnaires, safety alerts): for the
 * local run's demo ({@code ./run --demo}, 200 patients) and for benchmarks (100,000 patients).
 *
 * <p>Patients have invented family names no real surname looks like, MRNs with the prefix "SY",
 * e-mail addresses under example.invalid, referrers "Dr. ... (synthetic)" at "Synthetic Hospital
 * N", and PDF letters stamped "SYNTHETIC TEST DATA". Each patient has risk factors, 0 to 3 prior
 * spine surgeries and one episode of care (sometimes two); referrals end up in every status with
 * every question and urgency (about 3 % red flags), cases in every status with the demo users as
 * lead and care team, and every timeline follows the lifecycle's state machine.
 *
 * <p>Rows go in with PostgreSQL's COPY, a chunk of patients at a time (the next chunk is generated
 * while the database takes in the last), all in one transaction;
 * ids come from blocks reserved on the application's own sequences (see {@link IdBlock}); the
 * tables are analysed at the end. Run it after the application has migrated the schema:
 *
 * <pre>
 * java -cp "ear/target/test-classes:$(cat ear/target/run-classpath.txt)" \
 *   org.spinecase.system.SyntheticClinic --patients 100000 \
 *   --jdbc jdbc:postgresql://localhost:54320/spinecase --user spinecase --password spinecase
 * </pre>
 */
public final class SyntheticClinic {

  private static final Logger LOG = Logger.getLogger(SyntheticClinic.class.getName());

  /** Who the generator's Envers revision is attributed to. */
  public static final String REVISION_USER = "synthetic-data";

  private static final int CHUNK = 2_000;
  private static final long DEFAULT_SEED = 20_261_121L;

  /** What was written and how long it took. */
  public record Result(int patients, Map<String, Long> rows, Duration elapsed) {

    public double patientsPerSecond() {
      return patients / Math.max(0.001, elapsed.toNanos() / 1e9);
    }

    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d patients in %.1f s (%,.0f patients/s, %,d rows): %s", patients,
          elapsed.toMillis() / 1000.0, patientsPerSecond(), totalRows(), rows);
    }
  }

  private SyntheticClinic() {}

  public static void main(String[] args) throws SQLException, IOException {
    Map<String, String> options = options(args);
    int patients = Integer.parseInt(options.getOrDefault("--patients", "200"));
    String url = options.getOrDefault("--jdbc", "jdbc:postgresql://localhost:54320/spinecase");
    long seed = Long.parseLong(options.getOrDefault("--seed", String.valueOf(DEFAULT_SEED)));
    try (Connection connection = DriverManager.getConnection(url, options.getOrDefault("--user", "spinecase"),
        options.getOrDefault("--password", "spinecase"))) {
      requireSchema(connection);
      Result result = generate(connection, patients, seed);
      LOG.info(() -> "Synthetic clinic: " + result);
    }
  }

  /**
   * The local run's demo data: the given number of patients, once, into a database whose schema
   * the application has migrated and which has no patient yet.
   *
   * @return whether data was written
   */
  public static boolean seedIfEmpty(String url, String user, String password, int patients) throws SQLException,
      IOException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      if (!hasSchema(connection)) {
        LOG.warning("No demo data: the database has no referral and case tables yet (did the application start?)");
        return false;
      }
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from patient)")) {
        rs.next();
        if (rs.getBoolean(1)) {
          LOG.info("Demo data not added: the database already has patients.");
          return false;
        }
      }
      Result result = generate(connection, patients, DEFAULT_SEED);
      LOG.info(() -> "Demo data added: " + result);
      return true;
    }
  }

  /** Writes {@code patients} synthetic patients with their episodes, commits and analyses. */
  public static Result generate(Connection connection, int patients, long seed) throws SQLException, IOException {
    long started = System.nanoTime();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    SyntheticTables tables = new SyntheticTables();
    try {
      write(connection, tables, patients, seed);
      connection.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    analyse(connection, tables.tableNames());
    return new Result(patients, tables.written(), Duration.ofNanos(System.nanoTime() - started));
  }

  private static void write(Connection connection, SyntheticTables tables, int patients, long seed)
      throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    long referrals = (long) patients * ClinicSimulation.MAX_REFERRALS;
    IdBlock patientIds = IdBlock.reserve(connection, "patient_seq", "patient", patients);
    IdBlock surgeryIds = IdBlock.reserve(connection, "prior_spine_surgery_seq", "prior_spine_surgery",
        (long) patients * ClinicSimulation.MAX_SURGERIES);
    IdBlock referralIds = IdBlock.reserve(connection, "referral_seq", "referral", referrals);
    IdBlock attachmentIds = IdBlock.reserve(connection, "attachment_seq", "attachment",
        referrals * ClinicSimulation.MAX_ATTACHMENTS_PER_REFERRAL);
    IdBlock caseIds = IdBlock.reserve(connection, "case_file_seq", "case_file", referrals);
    IdBlock memberIds = IdBlock.reserve(connection, "care_team_member_seq", "care_team_member",
        referrals * ClinicSimulation.MAX_MEMBERS_PER_CASE);
    IdBlock measureSetIds = IdBlock.reserve(connection, "measure_set_seq", "measure_set",
        referrals * ClinicSimulation.MAX_MEASURE_SETS_PER_CASE);
    IdBlock responseIds = IdBlock.reserve(connection, "instrument_response_seq", "instrument_response",
        referrals * ClinicSimulation.MAX_RESPONSES_PER_CASE);
    IdBlock alertIds = IdBlock.reserve(connection, "safety_alert_seq", "safety_alert",
        referrals * ClinicSimulation.MAX_ALERTS_PER_CASE);

    ClinicSimulation clinic = new ClinicSimulation(new SplittableRandom(seed), tables, revision(connection),
        nextMrnSerial(connection), patientIds, surgeryIds, referralIds, attachmentIds, caseIds, memberIds,
        measureSchedule(connection), measureSetIds, responseIds, alertIds);
    // the database takes in one chunk while the next is generated: two cores both busy
    ExecutorService copier = Executors.newSingleThreadExecutor(task -> new Thread(task, "synthetic-copy"));
    try {
      Future<Void> inFlight = CompletableFuture.completedFuture(null);
      for (int done = 1; done <= patients; done++) {
        clinic.patient();
        if (done % CHUNK == 0 || done == patients) {
          List<CopyTable.Chunk> chunk = tables.drain();
          await(inFlight);
          inFlight = copier.submit(() -> {
            SyntheticTables.copy(copy, chunk);
            return null;
          });
        }
      }
      await(inFlight);
    } finally {
      copier.shutdownNow();
    }
    for (IdBlock block : List.of(patientIds, surgeryIds, referralIds, attachmentIds, caseIds, memberIds,
        measureSetIds, responseIds, alertIds)) {
      block.release(connection);
    }
  }

  private static void await(Future<Void> copying) throws SQLException, IOException {
    try {
      copying.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the database took in synthetic data", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** One Envers revision for everything the generator writes. */
  private static long revision(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("insert into revinfo (rev, revtstmp, username) values (nextval('revinfo_seq'), "
            + System.currentTimeMillis() + ", '" + REVISION_USER + "') returning rev")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The clinic's schedule as the application reads it when it creates measure sets: codes by position. */
  private static Map<TimePoint, List<String>> measureSchedule(Connection connection) throws SQLException {
    Map<TimePoint, List<String>> schedule = new EnumMap<>(TimePoint.class);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select time_point, instrument_code from measure_schedule"
            + " order by time_point, position")) {
      while (rs.next()) {
        schedule.computeIfAbsent(TimePoint.valueOf(rs.getString(1)), point -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return schedule;
  }

  /** After the synthetic MRNs already issued, so that the generator can run more than once. */
  private static long nextMrnSerial(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(substring(mrn from 4 for 6)::int), 0) + 1 from patient"
            + " where mrn ~ '^" + ClinicSimulation.MRN_PREFIX + "-[0-9]{7}$'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void analyse(Connection connection, List<String> tables) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("analyze " + String.join(", ", tables));
    }
  }

  private static boolean hasSchema(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select to_regclass('public.case_event') is not null")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static void requireSchema(Connection connection) throws SQLException {
    if (!hasSchema(connection)) {
      throw new IllegalStateException("The database has no referral and case tables: start the application once"
          + " so that it migrates the schema, then run the generator.");
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> known = List.of("--patients", "--jdbc", "--user", "--password", "--seed");
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("Usage: SyntheticClinic [--patients N] [--jdbc URL] [--user U]"
            + " [--password P] [--seed S]; got " + Arrays.toString(args));
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
