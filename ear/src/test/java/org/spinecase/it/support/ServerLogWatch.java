package org.spinecase.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a system-test class when the server logged an ERROR or SEVERE line while it ran. A
 * refusal the application handles (bad input, a stale version, a role that may not act) is the
 * normal course of a clinic's day and must not look like a fault in the log; anything that does
 * is either a defect or noise that would hide the next real one. Registered for every test class
 * through JUnit's extension auto-detection (junit-platform.properties).
 */
public final class ServerLogWatch implements BeforeAllCallback, AfterAllCallback {

  private static final Pattern FAULT =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} (ERROR|SEVERE|FATAL) ");
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ServerLogWatch.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Path log = serverLog();
    if (log != null) {
      context.getStore(NAMESPACE).put("offset", length(log));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Path log = serverLog();
    Long offset = context.getStore(NAMESPACE).get("offset", Long.class);
    if (log == null || offset == null) {
      return;
    }
    List<String> faults = faultsSince(log, offset);
    if (!faults.isEmpty()) {
      fail("The server logged " + faults.size() + " ERROR/SEVERE line(s) during "
          + context.getDisplayName() + ":\n" + String.join("\n", faults));
    }
  }

  /** The lines logged at ERROR, SEVERE or FATAL from {@code offset} on (from the start after a rotation). */
  static List<String> faultsSince(Path log, long offset) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = file.length() < offset ? 0 : offset;
      byte[] added = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(added);
      return new String(added, StandardCharsets.UTF_8).lines()
          .filter(line -> FAULT.matcher(line).find())
          .map(line -> line.length() > 600 ? line.substring(0, 600) + " ..." : line)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test server's log, or null outside the system-test run (no wildfly.home). */
  private static Path serverLog() {
    String home = System.getProperty("wildfly.home");
    return home == null ? null : Path.of(home, "standalone", "log", "server.log");
  }

  private static long length(Path log) {
    try {
      return Files.exists(log) ? Files.size(log) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
