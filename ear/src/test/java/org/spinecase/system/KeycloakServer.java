package org.spinecase.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26 in development mode with the spinecase realm imported from the one realm file
 * the compose deployment uses too.
 */
public final class KeycloakServer {

  private KeycloakServer() {}

  public static ServerProcess start(Path home, int httpPort, int managementPort, Path realmFile,
      boolean freshData, Map<String, String> realmEnvironment) throws IOException, InterruptedException {
    Path data = home.resolve("data");
    if (freshData) {
      deleteRecursively(data.resolve("h2"));
    }
    Path imports = data.resolve("import");
    Files.createDirectories(imports);
    Files.copy(realmFile, imports.resolve("spinecase-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    Path tmp = home.resolve("tmp");
    Files.createDirectories(tmp);
    home.resolve("bin/kc.sh").toFile().setExecutable(true);

    Map<String, String> env = new HashMap<>(realmEnvironment);
    env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    ServerProcess keycloak = ServerProcess.start("Keycloak",
        List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
            "--http-port=" + httpPort, "--http-management-port=" + managementPort),
        home, env, home.resolve("keycloak.log"));
    keycloak.awaitReady("http://localhost:" + httpPort + "/realms/spinecase/.well-known/openid-configuration",
        Duration.ofMinutes(5));
    return keycloak;
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
