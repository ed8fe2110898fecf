package org.spinecase.it.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;

/** What a clinician does with the patient registry in the browser. */
@ExtendWith(ArquillianExtension.class)
class PatientBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  private static String registerPatient(Browser browser, String family) {
    browser.open("/patients/register.xhtml");
    browser.type("patient:familyName", family);
    browser.type("patient:givenName", "Lena");
    browser.type("patient:dateOfBirth", "1971-03-09");
    new Select(browser.field("patient:sex")).selectByVisibleText("Female");
    browser.type("patient:phone", "+41 44 555 00 00");
    browser.field("patient:addSurgery").click();
    browser.type("patient:surgery:0:surgeryDate", "2020-06-01");
    new Select(browser.field("patient:surgery:0:procedure")).selectByVisibleText("Microdiscectomy");
    browser.type("patient:surgery:0:levels", "L4-L5");
    browser.screenshot("register-filled");
    browser.assertAccessible("register-filled");
    browser.field("patient:save").click();
    browser.waitFor(By.id("patientBanner"));
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains("/patients/view.xhtml?id="), url);
    return url.substring(url.indexOf("id=") + 3);
  }

  @Test
  void coordinatorRegistersAPatientAndFindsItBySearch() {
    String family = "Brändli" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.COORDINATOR);
      registerPatient(browser, family);
      String banner = browser.field("patientBanner").getText();
      assertTrue(banner.contains(family.toUpperCase()) || banner.contains(family), banner);
      assertTrue(banner.matches("(?s).*SC-\\d{7}.*"), banner);
      assertTrue(browser.field("surgeries").getText().contains("L4-L5"));
      browser.screenshot("patient-view");
      browser.assertAccessible("patient-view");

      // accents and case do not matter: "brandli" finds "Brändli"
      browser.open("/patients/search.xhtml?q=" + family.toLowerCase().replace('ä', 'a'));
      browser.waitForText(By.id("search:patients:count"), "1 patient");
      browser.screenshot("patient-search");
      browser.assertAccessible("patient-search");
      browser.driver().findElement(By.partialLinkText(family.toUpperCase().substring(0, 6))).click();
      browser.waitFor(By.id("patientBanner"));
    }
  }

  @Test
  void aMissingFieldIsExplainedNextToItAndTheRestOfTheInputStays() {
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.SURGEON);
      browser.open("/patients/register.xhtml");
      browser.type("patient:givenName", "Kept");
      browser.type("patient:dateOfBirth", "1980-02-30");
      browser.field("patient:save").click();
      browser.waitFor(By.cssSelector("#patient\\:familyNameMessage .ui-message-error-detail, #patient\\:familyNameMessage.ui-message-error"));
      assertTrue(browser.field("patient:familyNameMessage").getText().length() > 0);
      assertTrue(browser.field("patient:dateOfBirthMessage").getText().length() > 0, "30 February is refused");
      assertEquals("Kept", browser.field("patient:givenName").getAttribute("value"));
      assertTrue(!browser.driver().getPageSource().contains("Exception"));
      browser.screenshot("register-validation");
      browser.assertAccessible("register-validation");
    }
  }

  @Test
  void aStaleEditIsShownAsAConflictAndLosesNothing() {
    String family = "Conflict" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser first = new Browser(); Browser second = new Browser()) {
      first.loginAs(DemoUser.SURGEON);
      String id = registerPatient(first, family);
      second.loginAs(DemoUser.COORDINATOR);

      first.open("/patients/edit.xhtml?id=" + id);
      second.open("/patients/edit.xhtml?id=" + id);
      first.type("patient:phone", "+41 44 111 11 11");
      first.field("patient:save").click();
      first.waitFor(By.id("patientBanner"));

      second.type("patient:phone", "+41 44 999 99 99");
      second.field("patient:save").click();
      second.waitFor(By.id("conflict"));
      assertEquals("+41 44 999 99 99", second.field("patient:phone").getAttribute("value"),
          "the user's own input stays in the form");
      second.screenshot("edit-conflict");
      second.assertAccessible("edit-conflict");

      second.open("/patients/view.xhtml?id=" + id);
      new WebDriverWait(second.driver(), java.time.Duration.ofSeconds(10))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact"), "+41 44 111 11 11"));
    }
  }

  /** The texts of every field message on the page, in order. */
  private static List<String> fieldMessages(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".ui-message-error")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  /**
   * Saving an empty registration with one empty surgery row shows every problem at once: the
   * patient's required fields and the surgery row's, not the surgeries in a second round.
   */
  @Test
  void anEmptyRegistrationReportsThePatientAndItsSurgeryRowsAtOnce() {
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.COORDINATOR);
      browser.open("/patients/register.xhtml");
      browser.field("patient:addSurgery").click();
      browser.field("patient:surgery:0:surgeryDate");
      browser.field("patient:save").click();
      browser.waitFor(By.cssSelector("#patient\\:familyNameMessage.ui-message-error"));
      List<String> messages = fieldMessages(browser);
      for (String label : List.of("Family name", "Given name", "Date of birth", "Date of surgery", "Procedure",
          "Levels")) {
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(label)), label + " in " + messages);
      }
      browser.screenshot("register-all-messages-at-once");
    }
  }

  /**
   * A NUL character in a text (PostgreSQL cannot store it: the save used to end in a server error)
   * is refused next to the field, and the rest of the input stays.
   */
  @Test
  void aNulCharacterInATextIsRefusedNextToTheField() {
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.COORDINATOR);
      browser.open("/patients/register.xhtml");
      browser.type("patient:familyName", "Nul" + UUID.randomUUID().toString().substring(0, 6));
      browser.type("patient:dateOfBirth", "1971-03-09");
      new Select(browser.field("patient:sex")).selectByVisibleText("Female");
      ((JavascriptExecutor) browser.driver()).executeScript(
          "document.getElementById('patient:givenName').value = 'Le' + String.fromCharCode(0) + 'na';");
      browser.field("patient:save").click();
      browser.waitFor(By.cssSelector("#patient\\:givenNameMessage.ui-message-error"));
      assertTrue(browser.field("patient:givenNameMessage").getText().contains("NUL"),
          browser.field("patient:givenNameMessage").getText());
      assertEquals("1971-03-09", browser.field("patient:dateOfBirth").getAttribute("value"));
      assertFalse(browser.driver().getPageSource().contains("Exception"));
      browser.screenshot("register-nul-refused");
    }
  }

  /**
   * A form posted with a view state that was never the server's (forged or damaged), by Ajax or as
   * a full page, leads to the page that asks to open it again: no server error, no stack trace,
   * nothing logged as an error.
   */
  @Test
  void aBogusViewStateLeadsToTheExpiredPageWithoutAServerError() throws IOException {
    Path log = Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");
    long logBefore = Files.size(log);
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.COORDINATOR);
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      String forge = "var bogus = arguments[0]; document.getElementsByName('jakarta.faces.ViewState')"
          + ".forEach(function (state) { state.value = bogus; });";
      for (String bogus : List.of("bogus", "-4711:0815")) {
        browser.open("/patients/register.xhtml");
        browser.type("patient:familyName", "Forged");
        js.executeScript(forge, bogus);
        browser.field("patient:save").click();
        browser.waitFor(By.id("errorexpired"));

        browser.open("/patients/register.xhtml");
        browser.field("patient:familyName");
        js.executeScript(forge, bogus);
        js.executeScript("document.getElementById('patient').submit();");
        browser.waitFor(By.id("errorexpired"));
      }
      assertFalse(browser.driver().getPageSource().contains("Exception"));
      browser.screenshot("bogus-view-state");
    }
    byte[] all = Files.readAllBytes(log);
    String written = new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8);
    assertTrue(written.lines().noneMatch(line -> line.contains(" ERROR ") || line.contains("SEVERE")),
        written.lines().filter(line -> line.contains(" ERROR ") || line.contains("SEVERE")).toList().toString());
  }
}
