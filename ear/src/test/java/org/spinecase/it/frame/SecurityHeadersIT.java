package org.spinecase.it.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.ClinicDeployment;

/** The server itself sends the security headers, on every response. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @Test
  void everyResponseForbidsSniffingFramingAndLeakingReferrers() throws Exception {
    HttpResponse<Void> page = get("/", false);
    assertEquals(302, page.statusCode(), "a browser without a session is sent to Keycloak");
    assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/protocol/openid-connect/auth"));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
    assertTrue(page.headers().allValues("Content-Security-Policy").contains("frame-ancestors 'self'"));
    assertNull(page.headers().firstValue("Strict-Transport-Security").orElse(null),
        "no HSTS over plain HTTP: it would lock a local evaluation out");
  }

  @Test
  void strictTransportSecurityBehindATlsProxy() throws Exception {
    HttpResponse<Void> page = get("/", true);
    assertTrue(page.headers().firstValue("Strict-Transport-Security").orElseThrow().startsWith("max-age="));
  }

  private static HttpResponse<Void> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.appUrl() + path)).header("Accept", "text/html");
    if (forwardedHttps) {
      request.header("X-Forwarded-Proto", "https");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }
}
