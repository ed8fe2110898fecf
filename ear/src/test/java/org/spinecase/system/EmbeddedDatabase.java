package org.spinecase.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 15 from Maven Central, for the local run (data kept between runs) and the
 * tests (fresh every run). It creates the application's role and database the first time.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData, String database,
      String user, String password) throws IOException, SQLException {
    Files.createDirectories(dataDirectory.getParent());
    Path work = dataDirectory.getParent().resolve("postgres-binaries");
    Files.createDirectories(work);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(!keepData)
        .setOverrideWorkingDirectory(work.toFile())
        .setServerConfig("max_connections", "120")
        .setServerConfig("timezone", "UTC")
        .start();
    EmbeddedDatabase db = new EmbeddedDatabase(postgres);
    db.ensureApplicationDatabase(database, user, password);
    return db;
  }

  private void ensureApplicationDatabase(String database, String user, String password) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      if (!exists(s, "select 1 from pg_roles where rolname = '" + user + "'")) {
        s.execute("create role \"" + user + "\" login password '" + password.replace("'", "''") + "'");
      }
      if (!exists(s, "select 1 from pg_database where datname = '" + database + "'")) {
        s.execute("create database \"" + database + "\" owner \"" + user + "\" encoding 'UTF8'");
      }
    }
  }

  private static boolean exists(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next();
    }
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
