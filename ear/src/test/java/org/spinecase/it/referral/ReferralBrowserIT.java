package org.spinecase.it.referral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralPages;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.it.support.ReferralPages.Intake;

/**
 * Referral intake, triage and the worklists in the browser: a coordinator enters a referral with
 * its letter, a surgeon accepts it and finds the case on their worklist; a red-flag referral is at
 * the top of every clinician's worklist; information is requested, received, and a declined
 * referral's letter prints as PDF.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  /**
   * Saving an empty intake form names every missing field at once, the patient included: the
   * patient used to be asked for only once the other fields had passed.
   */
  @Test
  void anEmptyReferralReportsThePatientWithEveryOtherFieldAtOnce() {
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.COORDINATOR);
      browser.open("/referrals/new.xhtml");
      browser.field("referral:save").click();
      browser.waitFor(By.cssSelector(".ui-message-error"));
      List<String> messages = browser.driver().findElements(By.cssSelector(".ui-message-error")).stream()
          .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
      for (String message : List.of("Choose a patient or register a new one.", "The referring clinician is required.",
          "Channel is required.", "Question is required.", "Urgency is required.")) {
        assertTrue(messages.contains(message), message + " in " + messages);
      }
      ReferralPages.fullScreenshot(browser, "referral-new-all-messages-at-once");
    }
  }

  @Test
  void coordinatorEntersReferralWithLetterSurgeonAcceptsAndTheCaseIsOnTheLeadsWorklist()
      throws IOException {
    // the clinician directory knows people from their first login; the physio joins the team
    ReferralPages.signInOnce(DemoUser.PHYSIOTHERAPIST);
    String family = ReferralPages.uniqueFamily("Intake");
    Path letter = ReferralPages.pdfFile("referral-letter.pdf");

    try (Browser coordinator = new Browser(); Browser surgeon = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      coordinator.screenshot("worklist-coordinator");
      coordinator.assertAccessible("worklist-coordinator");
      long referralId = ReferralPages.enterReferral(
          coordinator, Intake.forNewPatient(family).attach(letter), "referral-new-filled");

      assertTrue(coordinator.field("statusChip").getText().contains("Received"));
      String attachments = coordinator.field("attachments").getText();
      assertTrue(attachments.contains("referral-letter.pdf"), attachments);
      assertTrue(attachments.contains("Referral letter"), attachments);
      ReferralPages.fullScreenshot(coordinator, "referral-view-coordinator");
      coordinator.assertAccessible("referral-view-coordinator");

      // the letter downloads as it was sent, as an attachment with its name
      String href = coordinator.driver().findElement(By.cssSelector("#attachments a.sc-download"))
          .getAttribute("href");
      HttpResponse<byte[]> download =
          ReferralPages.fetchWithSession(coordinator, href.substring(href.indexOf("/referrals/")));
      assertEquals(200, download.statusCode());
      assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
      String disposition = download.headers().firstValue("Content-Disposition").orElse("");
      assertTrue(disposition.startsWith("attachment;") && disposition.contains("referral-letter.pdf"),
          disposition);
      assertArrayEquals(Files.readAllBytes(letter), download.body());

      surgeon.loginAs(DemoUser.SURGEON);
      List<String> queue = ReferralPages.worklistRows(surgeon, "TRIAGE_QUEUE", family);
      assertEquals(1, queue.size(), queue.toString());
      assertTrue(queue.get(0).contains(family.toUpperCase()), queue.toString());
      surgeon.screenshot("worklist-triage-surgeon");
      surgeon.driver().findElement(By.partialLinkText(family.toUpperCase())).click();
      surgeon.waitFor(By.id("referralHeading"));
      assertEquals(referralId, ReferralPages.idFromUrl(surgeon));
      ReferralPages.fullScreenshot(surgeon, "referral-view-surgeon");
      surgeon.assertAccessible("referral-view-surgeon");

      long caseId = ReferralPages.accept(surgeon, DemoUser.SURGEON.username(), "Priya Natarajan");
      assertTrue(surgeon.field("bannerCase").getText().contains("Workup in progress"));
      assertTrue(surgeon.field("bannerLead").getText().contains("Elena Varga"));
      assertTrue(surgeon.field("timeline").getText().contains("Referral accepted"),
          surgeon.field("timeline").getText());
      ReferralPages.fullScreenshot(surgeon, "case-view");
      surgeon.assertAccessible("case-view");
      surgeon.driver().findElement(By.linkText("Care team")).click();
      surgeon.waitForText(By.id("careTeam"), "Priya Natarajan");
      assertTrue(surgeon.field("careTeam").getText().contains("Elena Varga"));
      surgeon.screenshot("case-view-team");

      List<String> myCases = ReferralPages.worklistRows(surgeon, "MY_CASES", family);
      assertEquals(1, myCases.size(), myCases.toString());
      assertTrue(myCases.get(0).contains(family.toUpperCase()), myCases.toString());
      assertTrue(myCases.get(0).contains("Workup in progress"), myCases.toString());
      surgeon.screenshot("worklist-my-cases-surgeon");
      surgeon.assertAccessible("worklist-my-cases-surgeon");
      surgeon.driver().findElement(By.partialLinkText(family.toUpperCase())).click();
      surgeon.waitFor(By.id("caseHeading"));
      assertEquals(caseId, ReferralPages.idFromUrl(surgeon));

      // the referral left the triage queue
      assertTrue(ReferralPages.worklistRows(surgeon, "TRIAGE_QUEUE", family).stream()
          .noneMatch(row -> row.contains(family.toUpperCase())));

      // the lead signs the complete workup, which makes the case ready for the MDT (never a button
      // of its own); the step is on the timeline
      SignedWorkups.signOverApi(caseId);
      surgeon.open("/cases/view.xhtml?id=" + caseId);
      surgeon.waitForText(By.id("bannerCase"), "Ready for MDT");
      assertTrue(surgeon.field("timeline").getText().contains("Workup in progress → Ready for MDT"),
          surgeon.field("timeline").getText());

      // a new referral for the same patient points out the open case
      coordinator.open("/referrals/new.xhtml");
      coordinator.type("referral:patient_input", family);
      coordinator.waitFor(By.cssSelector("li.ui-autocomplete-item")).click();
      WebElement notice = coordinator.waitFor(By.id("openCaseNotice"));
      assertTrue(notice.getText().contains("Case " + caseId), notice.getText());
      assertTrue(coordinator.field("patientBanner").getText().contains(family.toUpperCase()));
      ReferralPages.fullScreenshot(coordinator, "referral-new-open-case");
      coordinator.assertAccessible("referral-new-open-case");
    }
  }

  @Test
  void informationIsRequestedAndReceivedThenTheReferralIsDeclinedWithALetter() {
    String family = ReferralPages.uniqueFamily("Decline");
    try (Browser coordinator = new Browser(); Browser pain = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      long referralId = ReferralPages.enterReferral(coordinator, Intake.forNewPatient(family), null);

      pain.loginAs(DemoUser.PAIN_SPECIALIST);
      pain.open("/referrals/view.xhtml?id=" + referralId);
      pain.field("triage:requestInfo").click();
      pain.type("requestInfoForm:what", "MRI lumbar spine, not older than 6 months");
      pain.type("requestInfoForm:dueOn", LocalDate.now().plusDays(10).toString());
      pain.screenshot("referral-request-info-dialog");
      pain.field("requestInfoForm:confirmRequestInfo").click();
      pain.waitForText(By.id("statusChip"), "Waiting for information");
      assertTrue(pain.field("informationRequested").getText().contains("MRI lumbar spine"));

      List<String> waiting = ReferralPages.worklistRows(coordinator, "AWAITING_INFORMATION", family);
      assertEquals(1, waiting.size(), waiting.toString());
      coordinator.screenshot("worklist-awaiting-information");
      coordinator.open("/referrals/view.xhtml?id=" + referralId);
      coordinator.field("triage:infoReceived").click();
      coordinator.type("infoReceivedForm:note", "MRI report received by fax");
      coordinator.field("infoReceivedForm:confirmInfoReceived").click();
      coordinator.waitForText(By.id("statusChip"), "Received");

      pain.open("/referrals/view.xhtml?id=" + referralId);
      pain.field("triage:decline").click();
      pain.field("declineForm:confirmDecline").click();
      // the reason is required: the dialog says so and stays open
      pain.waitFor(By.cssSelector("#declineForm\\:reason.ui-state-error, #declineForm .ui-message-error"));
      pain.type("declineForm:reason", "No surgical or interventional option; conservative care with the GP.");
      pain.screenshot("referral-decline-dialog");
      pain.field("declineForm:confirmDecline").click();
      pain.waitForText(By.id("statusChip"), "Declined");
      ReferralPages.fullScreenshot(pain, "referral-view-declined");
      pain.assertAccessible("referral-view-declined");

      String href = pain.field("printLetter").getAttribute("href");
      HttpResponse<byte[]> letter =
          ReferralPages.fetchWithSession(pain, href.substring(href.indexOf("/referrals/")));
      assertEquals(200, letter.statusCode());
      assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElse(""));
      assertTrue(letter.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
      assertTrue(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    }
  }

  @Test
  void aRedFlagReferralIsFirstOnEveryCliniciansWorklist() {
    String family = ReferralPages.uniqueFamily("Flag");
    try (Browser coordinator = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      // the routine one waited longer: without the red-flag rule it would come first
      ReferralPages.enterReferral(coordinator,
          Intake.forNewPatient(family).given("Routine").receivedOn(LocalDate.now().minusDays(20)), null);
      ReferralPages.enterReferral(coordinator,
          Intake.forNewPatient(family).given("Flagged").redFlag(), "referral-new-red-flag");
      assertTrue(coordinator.field("redFlagChip").isDisplayed());
      assertTrue(coordinator.field("redFlags").getText().contains("Cauda equina"));
      coordinator.screenshot("referral-view-red-flag");

      assertRedFlagFirst(coordinator, "NEW_REFERRALS", family, "worklist-red-flag-coordinator");
    }
    for (Map.Entry<DemoUser, String> clinician : Map.of(
        DemoUser.SURGEON, "worklist-red-flag-surgeon",
        DemoUser.PAIN_SPECIALIST, "worklist-red-flag-pain-specialist").entrySet()) {
      try (Browser browser = new Browser()) {
        browser.loginAs(clinician.getKey());
        assertRedFlagFirst(browser, "TRIAGE_QUEUE", family, clinician.getValue());
      }
    }
  }

  @Test
  void aDecisionOnAReferralSomeoneChangedMeanwhileIsRefusedClearlyAndKeepsTheInput() {
    String family = ReferralPages.uniqueFamily("Stale");
    try (Browser coordinator = new Browser(); Browser surgeon = new Browser();
        Browser colleague = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      long referralId = ReferralPages.enterReferral(coordinator, Intake.forNewPatient(family), null);

      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/referrals/view.xhtml?id=" + referralId);
      surgeon.field("triage:accept").click();
      surgeon.type("acceptForm:note", "Seen the MRI: workup for revision");

      colleague.loginAs(DemoUser.MULTI);
      colleague.open("/referrals/view.xhtml?id=" + referralId);
      colleague.field("triage:requestInfo").click();
      colleague.type("requestInfoForm:what", "Operative report of the index surgery");
      colleague.field("requestInfoForm:confirmRequestInfo").click();
      colleague.waitForText(By.id("statusChip"), "Waiting for information");

      surgeon.field("acceptForm:confirmAccept").click();
      WebElement conflict = surgeon.waitFor(By.id("acceptForm:conflict"));
      assertTrue(conflict.getText().contains("Someone else changed this referral"), conflict.getText());
      assertEquals("Seen the MRI: workup for revision", surgeon.field("acceptForm:note").getAttribute("value"));
      surgeon.waitForText(By.id("statusChip"), "Waiting for information");
      surgeon.screenshot("referral-accept-conflict");

      // having seen the current referral, the surgeon confirms again
      surgeon.field("acceptForm:confirmAccept").click();
      surgeon.waitFor(By.id("caseHeading"));
    }
  }

  private static void assertRedFlagFirst(Browser browser, String list, String family, String screenshot) {
    List<String> rows = ReferralPages.worklistRows(browser, list, family);
    assertEquals(2, rows.size(), list + ": " + rows);
    assertTrue(rows.get(0).contains("RED FLAG") && rows.get(0).contains("Flagged"), list + ": " + rows);
    assertFalse(rows.get(1).contains("RED FLAG"), list + ": " + rows);
    assertTrue(browser.field("list:worklist").findElement(By.cssSelector("tbody tr"))
        .getAttribute("class").contains("sc-row-redflag"));

    // unfiltered, too: whatever else is waiting, a red flag is on top
    List<String> all = ReferralPages.worklistRows(browser, list, null);
    assertTrue(all.get(0).contains("RED FLAG"), list + ": " + all.get(0));
    browser.screenshot(screenshot);
  }
}
