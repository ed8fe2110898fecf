package org.spinecase.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The whole system on a developer's or a clinic's evaluation machine, started by {@code ./run}:
 * PostgreSQL (embedded unless POSTGRESQL_HOST is set), Keycloak with the demo realm and WildFly
 * with the application. Ctrl-C stops everything it started.
 */
public final class LocalSystem {

  private static final Logger LOG = Logger.getLogger(LocalSystem.class.getName());
  private static final int APP_PORT = 8080;
  private static final int KEYCLOAK_PORT = 8180;
  private static final int DEMO_PATIENTS = 200;

  private EmbeddedDatabase database;
  private ServerProcess keycloak;
  private ServerProcess wildfly;

  public static void main(String[] args) throws Exception {
    Path local = Path.of(".local").toAbsolutePath();
    Path wildflyHome = Path.of(args[0]).toAbsolutePath();
    boolean resetKeycloak = List.of(args).contains("--reset-keycloak");
    boolean demo = List.of(args).contains("--demo");
    new LocalSystem().run(local, wildflyHome, resetKeycloak, demo);
  }

  private void run(Path local, Path wildflyHome, boolean resetKeycloak, boolean demo) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "stop-spinecase"));
    long t0 = System.nanoTime();

    String dbHost = env("POSTGRESQL_HOST", null);
    if (dbHost == null) {
      database = EmbeddedDatabase.start(Integer.parseInt(env("POSTGRESQL_PORT", "54320")),
          local.resolve("postgres"), true, env("POSTGRESQL_DATABASE", "spinecase"),
          env("POSTGRESQL_USER", "spinecase"), env("POSTGRESQL_PASSWORD", "spinecase"));
      LOG.info(() -> "PostgreSQL (embedded) on port " + database.port() + ", data in " + local.resolve("postgres"));
    } else {
      LOG.info(() -> "Using the external PostgreSQL at " + dbHost);
    }

    wildfly = ServerProcess.start("WildFly",
        List.of(wildflyHome.resolve("bin/standalone.sh").toString(),
            "-Djboss.server.base.dir=" + local.resolve("wildfly"), "-Djava.net.preferIPv4Stack=true"),
        local, Map.of(), local.resolve("wildfly.log"));

    boolean externalKeycloak = System.getenv("OIDC_PROVIDER_URL") != null;
    if (!externalKeycloak) {
      keycloak = KeycloakServer.start(local.resolve("keycloak"), KEYCLOAK_PORT, KEYCLOAK_PORT + 1000,
          Path.of("docker/keycloak/spinecase-realm.json").toAbsolutePath(), resetKeycloak, Map.of());
    }
    wildfly.awaitReady("http://localhost:" + APP_PORT + "/", Duration.ofMinutes(3));
    if (demo) {
      addDemoData();
    }
    long seconds = (System.nanoTime() - t0) / 1_000_000_000;
    LOG.info(() -> "\n\n"
        + "  SpineCase is ready (started in " + seconds + " s):  http://localhost:" + APP_PORT + "/\n\n"
        + "  Demo logins (password: demo)\n"
        + "    surgeon         spine surgeon\n"
        + "    painspecialist  pain / interventional physician\n"
        + "    physio          physiotherapist\n"
        + "    psychologist    pain psychologist\n"
        + "    coordinator     clinic coordinator\n"
        + "    admin           administrator (no clinical content)\n"
        + "    drmulti         surgeon and pain specialist\n\n"
        + (externalKeycloak ? "" : "  Keycloak admin console: http://localhost:" + KEYCLOAK_PORT
            + "/admin/  (user admin, password admin; realm spinecase)\n")
        + "  Logs: " + local.resolve("wildfly.log") + ", " + local.resolve("keycloak/keycloak.log") + "\n"
        + "  Press Ctrl-C to stop.\n");
    int exit = wildfly.waitFor();
    LOG.warning("WildFly stopped (exit " + exit + "); see " + local.resolve("wildfly.log"));
  }

  /**
   * Synthetic patients, referrals and cases for trying the application, once: only into a database
   * without patients, after the application has migrated the schema at its start.
   */
  private static void addDemoData() {
    String url = "jdbc:postgresql://" + env("POSTGRESQL_HOST", "localhost") + ":" + env("POSTGRESQL_PORT", "54320")
        + "/" + env("POSTGRESQL_DATABASE", "spinecase");
    try {
      SyntheticClinic.seedIfEmpty(url, env("POSTGRESQL_USER", "spinecase"), env("POSTGRESQL_PASSWORD", "spinecase"),
          DEMO_PATIENTS);
    } catch (SQLException | IOException e) {
      LOG.warning("Demo data could not be added; the application runs without it: " + e.getMessage());
    }
  }

  /** WildFly first, so that it does not log a storm of lost connections. */
  private void stopAll() {
    if (wildfly != null) {
      wildfly.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
