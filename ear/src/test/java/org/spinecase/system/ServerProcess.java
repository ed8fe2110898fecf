package org.spinecase.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process (Keycloak, WildFly) with its output in a log file. It is
 * ready when a URL answers, not when a log line appears, and it is stopped with its whole
 * process tree, because the start scripts fork the JVM that really runs the server.
 */
public final class ServerProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ServerProcess start(String name, List<String> command, Path workDir,
      Map<String, String> environment, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    return new ServerProcess(name, builder.start(), log);
  }

  /**
   * Waits until {@code url} answers with something other than "not found" or a server error: a
   * login redirect or a 401 means the application is deployed and guarding its pages.
   */
  public void awaitReady(String url, Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
        .header("Accept", "text/html, */*;q=0.8").build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        int status = client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 404 && status < 500) {
          return;
        }
      } catch (IOException notYet) {
        // connection refused while the server boots
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    Instant deadline = Instant.now().plusSeconds(20);
    for (ProcessHandle p : tree) {
      p.onExit().completeOnTimeout(p, Math.max(1, Duration.between(Instant.now(), deadline).toSeconds()), TimeUnit.SECONDS).join();
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
