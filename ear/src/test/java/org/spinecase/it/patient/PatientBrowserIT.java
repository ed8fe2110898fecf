package org.spinecase.it.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
}
