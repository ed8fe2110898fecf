package org.spinecase.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real PostgreSQL and Keycloak once for the whole test run, before Arquillian boots
 * WildFly, and stops them at the end. Ports and paths come from the failsafe configuration, so
 * the tests never touch the local system's servers.
 */
public class TestSystem implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestSystem.class.getName());

  private EmbeddedDatabase database;
  private ServerProcess keycloak;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String keycloakHome = System.getProperty("keycloak.home");
    if (keycloakHome == null) {
      return; // not the system-test run (e.g. an IDE running a single unit test)
    }
    try {
      long started = System.nanoTime();
      database = EmbeddedDatabase.start(Integer.parseInt(env("POSTGRESQL_PORT")),
          Path.of(System.getProperty("postgresql.data")), false, env("POSTGRESQL_DATABASE"),
          env("POSTGRESQL_USER"), env("POSTGRESQL_PASSWORD"));
      LOG.info(() -> "PostgreSQL up on port " + database.port());
      int keycloakPort = Integer.getInteger("keycloak.port");
      keycloak = KeycloakServer.start(Path.of(keycloakHome), keycloakPort, keycloakPort + 1000,
          Path.of(System.getProperty("realm.file")), true, Map.of());
      LOG.info(() -> "Keycloak up on port " + keycloakPort + " after "
          + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (IOException | SQLException e) {
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the test system", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the test system", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      database = null;
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set; the failsafe configuration sets it");
    }
    return value;
  }
}
