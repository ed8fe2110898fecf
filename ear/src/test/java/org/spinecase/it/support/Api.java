package org.spinecase.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The REST API as another system sees it: real bearer tokens from the test Keycloak (password
 * grant of the demo-only client spinecase-cli), JSON in and out.
 */
public final class Api {

  private static final Map<DemoUser, Token> TOKENS = new EnumMap<>(DemoUser.class);
  /** A token is fetched again this long before it expires, so that no request carries a stale one. */
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String token;

  private Api(String token) {
    this.token = token;
  }

  public static Api as(DemoUser user) {
    return new Api(tokenFor(user));
  }

  /** Every demo user has called the API once, so the clinician directory knows them as team members. */
  public static void everyoneHasSignedInOnce() {
    for (DemoUser user : DemoUser.values()) {
      as(user).get("/api/v1/worklists");
    }
  }

  public static Api anonymous() {
    return new Api(null);
  }

  /**
   * A valid access token of the user, fetched once and again shortly before it expires (the
   * realm's tokens live five minutes, the whole system-test run longer).
   */
  public static synchronized String tokenFor(DemoUser user) {
    Token token = TOKENS.get(user);
    if (token == null || Instant.now().isAfter(token.expiresAt().minus(TOKEN_MARGIN))) {
      token = passwordGrant(user);
      TOKENS.put(user, token);
    }
    return token.value();
  }

  private record Token(String value, Instant expiresAt) {}

  private static Token passwordGrant(DemoUser user) {
    String form = "grant_type=password&client_id=spinecase-cli&username=" + user.username()
        + "&password=" + URLEncoder.encode(DemoUser.PASSWORD, StandardCharsets.UTF_8);
    String tokenUrl = System.getenv("OIDC_PROVIDER_URL") + "/protocol/openid-connect/token";
    HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    Response response = send(request);
    if (response.status() != 200) {
      throw new IllegalStateException("No token for " + user + ": " + response.body());
    }
    Instant issued = Instant.now();
    JsonObject body = response.json();
    return new Token(body.getString("access_token"), issued.plusSeconds(body.getInt("expires_in")));
  }

  public Response get(String path) {
    return send(request(path).GET().build());
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A PUT with one extra request header, such as If-Match. */
  public Response putWithHeader(String path, String json, String header, String value) {
    return send(request(path).header("Content-Type", "application/json").header(header, value)
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A GET that takes whatever type the resource answers, for downloads. */
  public Download download(String path) {
    HttpRequest request = request(path).setHeader("Accept", "*/*").GET().build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(appUrl() + path))
        .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public static String appUrl() {
    return System.getProperty("app.url");
  }

  private static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response whose body is bytes, such as a downloaded attachment. */
  public record Download(int status, byte[] body, Map<String, java.util.List<String>> headers) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
  }

  /** A response with its JSON body parsed on demand. */
  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
  }
}
