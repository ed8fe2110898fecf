package org.spinecase.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a clinician does on the referral and case pages, step by step as in the browser, for the
 * browser tests of intake, triage, worklists and break-the-glass.
 */
public final class ReferralPages {

  /** A minimal valid one-page PDF, written by hand: what a scanned referral letter starts like. */
  private static final String PDF = """
      %PDF-1.4
      1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
      2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
      3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
      trailer << /Root 1 0 R >>
      %%EOF
      """;

  private ReferralPages() {}

  /** A unique family name, so that tests sharing the database find their own patients. */
  public static String uniqueFamily(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
  }

  /** The PDF as a file the browser can upload. */
  public static Path pdfFile(String fileName) {
    try {
      Path dir = Files.createTempDirectory("spinecase-upload");
      return Files.writeString(dir.resolve(fileName), PDF, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs a user in once, so that the clinician directory knows them for team choices. */
  public static void signInOnce(DemoUser user) {
    try (Browser browser = new Browser()) {
      browser.loginAs(user);
    }
  }

  /** A referral as the intake page takes it. */
  public static final class Intake {
    String family;
    String given = "Marta";
    LocalDate receivedOn;
    boolean redFlag;
    Path attachment;

    public static Intake forNewPatient(String family) {
      Intake intake = new Intake();
      intake.family = family;
      return intake;
    }

    public Intake given(String name) {
      given = name;
      return this;
    }

    public Intake receivedOn(LocalDate day) {
      receivedOn = day;
      return this;
    }

    public Intake redFlag() {
      redFlag = true;
      return this;
    }

    public Intake attach(Path file) {
      attachment = file;
      return this;
    }
  }

  /**
   * Fills in referrals/new.xhtml for a patient registered on the spot and saves it. Returns the
   * referral id from the address of the referral page the save leads to.
   */
  public static long enterReferral(Browser browser, Intake intake, String screenshot) {
    browser.open("/referrals/new.xhtml");
    browser.field("referral:registerNewPatient").click();
    browser.type("referral:familyName", intake.family);
    browser.type("referral:givenName", intake.given);
    browser.type("referral:dateOfBirth", "1966-05-14");
    new Select(browser.field("referral:sex")).selectByVisibleText("Female");

    browser.type("referral:referrerName", "Dr. Hanna Keller");
    browser.type("referral:referrerOrganisation", "Praxis am See (synthetic)");
    if (intake.receivedOn != null) {
      browser.type("referral:receivedOn", intake.receivedOn.toString());
    }
    new Select(browser.field("referral:channel")).selectByVisibleText("Letter");
    new Select(browser.field("referral:question")).selectByVisibleText("Spinal cord stimulation evaluation");
    if (intake.redFlag) {
      browser.field("referral:flags:0:flag").click();
      wait(browser).until(ExpectedConditions.elementSelectionStateToBe(
          By.cssSelector("input[name='referral:urgency'][value='RED_FLAG']"), true));
    } else {
      browser.driver().findElement(By.cssSelector("input[name='referral:urgency'][value='ROUTINE']")).click();
    }
    new Select(browser.field("referral:backPain")).selectByVisibleText("6");
    new Select(browser.field("referral:legPain")).selectByVisibleText("8");
    browser.type("referral:painDurationMonths", "18");

    if (intake.attachment != null) {
      browser.driver().findElement(By.id("referral:upload_input")).sendKeys(intake.attachment.toString());
      browser.waitForText(By.id("attachments"), intake.attachment.getFileName().toString());
    }
    if (screenshot != null) {
      fullScreenshot(browser, screenshot);
    }
    browser.field("referral:save").click();
    browser.waitFor(By.id("referralHeading"));
    return idFromUrl(browser);
  }

  /** Opens a worklist filtered to one family name and returns the rows' texts, top first. */
  public static List<String> worklistRows(Browser browser, String list, String family) {
    browser.open("/index.xhtml?list=" + list + (family == null ? "" : "&q=" + family));
    WebElement table = browser.waitFor(By.id("list:worklist"));
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(WebElement::getText)
        .collect(Collectors.toList());
  }

  /** On the referral page: accept with the given lead and team members (by display name). */
  public static long accept(Browser browser, String leadUsername, String... teamNames) {
    browser.field("triage:accept").click();
    WebElement lead = browser.waitFor(By.id("acceptForm:lead"));
    new Select(lead).selectByValue(leadUsername);
    for (String name : teamNames) {
      WebElement label = browser.driver().findElement(
          By.xpath("//table[@id='acceptForm:team']//label[contains(., '" + name + "')]"));
      browser.driver().findElement(By.id(label.getAttribute("for"))).click();
    }
    browser.screenshot("referral-accept-dialog");
    browser.field("acceptForm:confirmAccept").click();
    browser.waitFor(By.id("caseHeading"));
    return idFromUrl(browser);
  }

  /** The record id in the current address ("...?id=12"). */
  public static long idFromUrl(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains("id="), url);
    String id = url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    return Long.parseLong(id);
  }

  /** The id a link on the page points to ("...?id=12"). */
  public static long idFromLink(Browser browser, String linkId) {
    String href = browser.field(linkId).getAttribute("href");
    return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
  }

  /** Fetches a path with the browser's session cookie, as a click on a download link would. */
  public static HttpResponse<byte[]> fetchWithSession(Browser browser, String path) {
    String cookies = browser.driver().manage().getCookies().stream()
        .map((Cookie c) -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    HttpRequest request = HttpRequest.newBuilder(URI.create(Api.appUrl() + path))
        .header("Cookie", cookies).GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A screenshot of the whole page, not only what fits in the window, for looking at forms. */
  public static void fullScreenshot(Browser browser, String name) {
    WebDriver driver = browser.driver();
    Dimension window = driver.manage().window().getSize();
    Number height = (Number) ((JavascriptExecutor) driver)
        .executeScript("return document.documentElement.scrollHeight");
    int tall = (int) Math.min(Math.max(height.longValue() + 140, window.getHeight()), 5000);
    driver.manage().window().setSize(new Dimension(window.getWidth(), tall));
    browser.screenshot(name);
    driver.manage().window().setSize(window);
  }

  public static WebDriverWait wait(Browser browser) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
  }
}
