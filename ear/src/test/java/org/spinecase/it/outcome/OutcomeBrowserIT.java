package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.it.support.ReferralJson;
import org.spinecase.it.support.ReferralPages;

/**
 * Outcome measures in the browser: a physiotherapist on the care team records ODI and both pain
 * ratings and finds them on the chart and in the score table; a psychologist records a PHQ-9 with
 * item 9 answered, the case shows the safety alert until a surgeon acknowledges it with a note;
 * and the tablet view keeps every tap across a reload.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeBrowserIT {

  /** ODI sections 1-10: sum 20 of 50, so 40 % ("Moderate disability"). */
  private static final int[] ODI = {2, 3, 1, 2, 2, 1, 3, 2, 1, 3};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  /** Every demo user has been seen once, so the directory knows them as team members. */
  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  record Episode(long caseId, long patientId, String family) {}

  /** A referral accepted by the surgeon with the physiotherapist and the psychologist on the team. */
  static Episode acceptedCase(String stem) {
    String family = ReferralJson.uniqueName(stem);
    Response received = Api.as(DemoUser.COORDINATOR).post("/api/v1/referrals", ReferralJson.forNewPatient(family).json());
    assertEquals(201, received.status(), received.body());
    long referralId = received.json().getJsonNumber("id").longValue();
    long version = received.json().getJsonNumber("version").longValue();
    Response accepted = Api.as(DemoUser.SURGEON).post("/api/v1/referrals/" + referralId + "/triage",
        ReferralJson.accept(version, "surgeon", "physio", "psychologist"));
    assertEquals(200, accepted.status(), accepted.body());
    long caseId = accepted.json().getJsonNumber("caseId").longValue();
    Response read = Api.as(DemoUser.SURGEON).get("/api/v1/cases/" + caseId);
    assertEquals(200, read.status(), read.body());
    return new Episode(caseId, read.json().getJsonNumber("patientId").longValue(), family);
  }

  private static LocalDate today() {
    // the server runs on this machine, in its zone: the clinic's "today"
    return LocalDate.now();
  }

  @Test
  void aPhysiotherapistRecordsOdiAndPainAndSeesThemOnTheChart() {
    Episode episode = acceptedCase("Chart");
    try (Browser physio = new Browser()) {
      physio.loginAs(DemoUser.PHYSIOTHERAPIST);

      // the baseline set is due on the worklist and the row opens the case
      List<String> rows = ReferralPages.worklistRows(physio, "MEASURES_DUE", episode.family());
      assertEquals(1, rows.size(), rows.toString());
      assertTrue(rows.get(0).contains("Baseline") && rows.get(0).contains("ODI"), rows.get(0));
      physio.screenshot("outcome-worklist-measures-due");
      physio.assertAccessible("worklist: measures due");
      physio.driver().findElement(By.cssSelector("#list\\:worklist tbody tr a.sc-row-link")).click();
      physio.waitFor(By.id("caseHeading"));
      assertEquals(episode.caseId(), ReferralPages.idFromUrl(physio));

      physio.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=ODI");
      physio.waitFor(By.id("itemsTitle"));
      assertEquals("Baseline", new org.openqa.selenium.support.ui.Select(physio.field("entry:timePoint"))
          .getFirstSelectedOption().getText());
      for (int i = 0; i < ODI.length; i++) {
        tick(physio, i, ODI[i]);
      }
      ReferralPages.fullScreenshot(physio, "outcome-record-odi");
      finish(physio, "40 %");
      assertEquals("Moderate disability", physio.field("resultBand").getText());
      assertEquals("Complete", physio.field("responseStatus").getText());
      physio.screenshot("outcome-record-odi-finished");
      physio.assertAccessible("outcome record, ODI finished");

      record(physio, episode, "NRS-BACK", 7);
      record(physio, episode, "NRS-LEG", 5);

      startTreatment(episode.caseId());
      physio.open("/outcomes/patient.xhtml?patient=" + episode.patientId());
      physio.waitFor(By.id("outcomeChart"));
      String day = today().toString();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> datasets = (List<Map<String, Object>>) ((JavascriptExecutor) physio.driver())
          .executeScript("return PF('outcomeChart').chart.data.datasets.map(function (d) {"
              + " return {code: d.scCode, points: d.data.map(function (p) { return p.x + '=' + p.y; })}; });");
      assertEquals(List.of(day + "=40"), points(datasets, "ODI"), datasets.toString());
      assertEquals(List.of(day + "=7"), points(datasets, "NRS-BACK"), datasets.toString());
      assertEquals(List.of(day + "=5"), points(datasets, "NRS-LEG"), datasets.toString());
      // the important change against the baseline: ODI 10 points, NRS 2 points (or 30 %)
      assertTrue(points(datasets, "ODI:threshold").get(0).endsWith("=30"), datasets.toString());
      assertTrue(points(datasets, "NRS-BACK:threshold").get(0).endsWith("=5"), datasets.toString());
      // treatment start as a vertical line across the pain axis
      assertEquals(List.of(day + "=0", day + "=10"), points(datasets, "event"), datasets.toString());

      WebElement odiRow = physio.driver().findElement(By.xpath(
          "//table[contains(@class,'sc-table')]//tr[td[.//strong[normalize-space()='ODI']]]"));
      assertTrue(odiRow.getText().contains("40 %"), odiRow.getText());
      assertTrue(odiRow.getText().contains("Moderate disability"), odiRow.getText());
      assertTrue(odiRow.getText().contains("Baseline"), odiRow.getText());
      ReferralPages.fullScreenshot(physio, "outcome-patient-chart");
      physio.assertAccessible("outcome patient chart");
    }
  }

  @Test
  void aPsychologistRecordsAPhq9WithItem9AndASurgeonAcknowledgesTheAlert() {
    Episode episode = acceptedCase("Alert");
    try (Browser psychologist = new Browser()) {
      psychologist.loginAs(DemoUser.PSYCHOLOGIST);
      psychologist.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=PHQ-9");
      psychologist.waitFor(By.id("itemsTitle"));
      assertTrue(psychologist.driver().findElements(By.id("safetyAlert")).isEmpty());
      tick(psychologist, 8, 1);
      // the warning shows as soon as item 9 is answered above zero
      psychologist.waitFor(By.id("safetyAlert"));
      for (int i = 0; i < 8; i++) {
        tick(psychologist, i, 1);
      }
      finish(psychologist, "9");
      assertTrue(psychologist.field("resultFlags").getText().contains("PHQ-9 item 9"),
          psychologist.field("resultFlags").getText());
      assertTrue(psychologist.field("bannerSafetyAlert").isDisplayed());
      ReferralPages.fullScreenshot(psychologist, "outcome-record-phq9-alert");

      psychologist.open("/cases/view.xhtml?id=" + episode.caseId());
      WebElement chip = psychologist.waitFor(By.id("bannerSafetyAlert"));
      assertTrue(chip.getText().startsWith("SAFETY ALERT"), chip.getText());
    }

    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/cases/view.xhtml?id=" + episode.caseId());
      surgeon.waitFor(By.id("bannerSafetyAlert"));
      surgeon.driver().findElement(By.xpath("//a[contains(., 'Outcome measures')]")).click();
      surgeon.waitFor(By.id("safetyAlerts"));
      surgeon.waitForText(By.id("responses"), "PHQ-9");
      ReferralPages.fullScreenshot(surgeon, "outcome-case-tab");
      surgeon.assertAccessible("case outcome tab");
      surgeon.driver().findElement(By.cssSelector("button[id$='acknowledge']")).click();
      surgeon.type("ackForm:note", "Seen today with the psychologist: no plan or intent; safety plan agreed, GP informed.");
      surgeon.screenshot("outcome-acknowledge-dialog");
      surgeon.field("ackForm:confirmAck").click();
      ReferralPages.wait(surgeon).until(ExpectedConditions.invisibilityOfElementLocated(By.id("bannerSafetyAlert")));
      surgeon.waitForText(By.id("safetyAlerts"), "Acknowledged by");
      surgeon.open("/cases/view.xhtml?id=" + episode.caseId());
      surgeon.waitFor(By.id("caseHeading"));
      assertTrue(surgeon.driver().findElements(By.id("bannerSafetyAlert")).isEmpty());
    }
  }

  @Test
  void theTabletKeepsEveryTapAcrossAReload() {
    Episode episode = acceptedCase("Tablet");
    try (Browser clinician = new Browser()) {
      clinician.loginAs(DemoUser.PSYCHOLOGIST);
      clinician.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=PHQ-9");
      clinician.waitFor(By.id("itemsTitle"));
      clinician.field("entry:handTablet").click();
      clinician.waitFor(By.id("progressText"));
      clinician.driver().manage().window().setSize(new Dimension(768, 1024));
      assertEquals("Question 1 of 9", clinician.field("progressText").getText());
      assertEquals("Hello Ada", clinician.field("hello").getText());
      assertTrue(clinician.driver().findElements(By.id("menuWorklist")).isEmpty(), "no menu on the tablet");
      assertTrue(clinician.driver().findElements(By.id("topSearch")).isEmpty(), "no patient search on the tablet");
      clinician.screenshot("outcome-tablet-question");
      clinician.assertAccessible("tablet question");

      int[] answers = {1, 2, 0, 3, 1, 0, 2, 1, 0};
      for (int i = 0; i < 4; i++) {
        tap(clinician, answers[i], "Question " + (i + 2) + " of 9");
      }
      clinician.driver().navigate().refresh();
      clinician.waitForText(By.id("progressText"), "Question 5 of 9");
      clinician.field("tablet:back").click();
      clinician.waitForText(By.id("progressText"), "Question 4 of 9");
      WebElement chosen = clinician.driver().findElement(By.cssSelector("button[data-value='3']"));
      assertEquals("true", chosen.getAttribute("aria-pressed"), "the answer given before the reload is kept");
      clinician.screenshot("outcome-tablet-after-reload");
      clinician.field("tablet:next").click();
      clinician.waitForText(By.id("progressText"), "Question 5 of 9");
      for (int i = 4; i < 8; i++) {
        tap(clinician, answers[i], "Question " + (i + 2) + " of 9");
      }
      clinician.driver().findElement(By.cssSelector("button[data-value='" + answers[8] + "']")).click();
      clinician.waitFor(By.id("thanks"));
      assertTrue(clinician.field("thanks").getText().contains("hand the tablet back"), clinician.field("thanks").getText());
      clinician.screenshot("outcome-tablet-thanks");
      clinician.assertAccessible("tablet thanks");

      clinician.driver().manage().window().setSize(new Dimension(1366, 900));
      // handing back takes the clinician's credentials again (HandOverBrowserIT)
      clinician.field("clinicianFinish").click();
      clinician.signInAgain(DemoUser.PSYCHOLOGIST);
      clinician.waitFor(By.id("itemsTitle"));
      assertEquals("9 of 9 answered", clinician.field("entry:answeredCount").getText());
      finish(clinician, "10");
      assertFalse(clinician.field("resultFlags").getText().contains("PHQ-9 item 9"));
    }
  }

  /** The surgeon takes the case through the MDT into treatment (the chart's treatment event). */
  private static void startTreatment(long caseId) {
    SignedWorkups.signOverApi(caseId);
    for (String command : List.of("RECORD_MDT_DECISION", "AGREE_PLAN", "START_TREATMENT")) {
      long version = Api.as(DemoUser.SURGEON).get("/api/v1/cases/" + caseId).json().getJsonNumber("version").longValue();
      Response done = Api.as(DemoUser.SURGEON).post("/api/v1/cases/" + caseId + "/commands",
          ReferralJson.command(command, version, command.equals("RECORD_MDT_DECISION") ? "SCS trial agreed at MDT." : null));
      assertEquals(200, done.status(), command + ": " + done.body());
    }
  }

  /** Ticks answer {@code value} of the item at {@code index} (0-based) on the desktop form. */
  private static void tick(Browser browser, int index, int value) {
    WebElement radio = browser.driver().findElement(By.cssSelector(
        "input[name='entry:items:" + index + ":answer'][value='" + value + "']"));
    // mid-screen, clear of the sticky bar of buttons at the bottom
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
    radio.click();
  }

  /** Records a one-item instrument (a pain NRS) with its default recall period and finishes it. */
  private static void record(Browser browser, Episode episode, String code, int value) {
    browser.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=" + code);
    browser.waitFor(By.id("itemsTitle"));
    tick(browser, 0, value);
    finish(browser, String.valueOf(value));
    assertEquals("Complete", browser.field("responseStatus").getText());
  }

  /**
   * Finishes the response on the desktop form. A response answered in full shows its score before
   * it is finished, so the score alone does not say the page has been redrawn: the status does.
   */
  private static void finish(Browser browser, String score) {
    browser.field("entry:finish").click();
    browser.waitForText(By.id("responseStatus"), "Complete");
    browser.waitForText(By.id("resultScore"), score);
  }

  private static void tap(Browser browser, int value, String then) {
    browser.driver().findElement(By.cssSelector("button[data-value='" + value + "']")).click();
    browser.waitForText(By.id("progressText"), then);
  }

  @SuppressWarnings("unchecked")
  private static List<String> points(List<Map<String, Object>> datasets, String code) {
    return datasets.stream()
        .filter(d -> code.equals(d.get("code")))
        .findFirst()
        .map(d -> (List<String>) d.get("points"))
        .orElse(List.of());
  }
}
