package org.spinecase.it.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralJson;
import org.spinecase.it.support.ReferralPages;

/**
 * The second-opinion workup in the browser: the lead surgeon works through history, red flags
 * (all negative), the examination grid (a few findings, then "Rest normal", which keeps them),
 * orders an MRI with and without gadolinium and results it with a report, names a recurrent disc
 * at L4-L5 on the left backed by that MRI with the diagnosis M96.1, and signs: the case is then
 * ready for the MDT, the sections are read-only, an addendum shows beside the original and the
 * summary names the cause with the MRI as its evidence. The physiotherapist on the team gets no
 * sign button.
 */
@ExtendWith(ArquillianExtension.class)
class WorkupBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  /** Every demo user has been seen once, so the directory knows them as team members. */
  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  /** A referral accepted by the surgeon (lead) with the physiotherapist and psychologist on the team. */
  static long acceptedCase(String stem) {
    String family = ReferralJson.uniqueName(stem);
    Response received = Api.as(DemoUser.COORDINATOR).post("/api/v1/referrals", ReferralJson.forNewPatient(family).json());
    assertEquals(201, received.status(), received.body());
    long referralId = received.json().getJsonNumber("id").longValue();
    long version = received.json().getJsonNumber("version").longValue();
    Response accepted = Api.as(DemoUser.SURGEON).post("/api/v1/referrals/" + referralId + "/triage",
        ReferralJson.accept(version, "surgeon", "physio", "psychologist"));
    assertEquals(200, accepted.status(), accepted.body());
    return accepted.json().getJsonNumber("caseId").longValue();
  }

  @Test
  void aRefusedCellShowsItsMessageNextToItAndKeepsTheInput() {
    long caseId = acceptedCase("Refused");
    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=EXAMINATION");
      surgeon.waitFor(By.id("exam"));
      // an angle with a negative straight leg raise: refused by the domain
      cell(surgeon, "TENSION.STRAIGHT_LEG_RAISE.LEFT", "NEGATIVE");
      By angle = By.cssSelector("input[data-cell='TENSION.STRAIGHT_LEG_RAISE.LEFT.angle']");
      surgeon.driver().findElement(angle).sendKeys("40");
      click(surgeon, "exam:save");
      By nextToIt = By.xpath("//input[@data-cell='TENSION.STRAIGHT_LEG_RAISE.LEFT.angle']"
          + "/ancestor::td[1]//*[contains(@class,'ui-message-error')]");
      surgeon.waitForText(nextToIt, "angle");
      assertTrue(surgeon.field("messages").getText().contains("Straight leg raise"), surgeon.field("messages").getText());
      assertEquals("40", surgeon.driver().findElement(angle).getAttribute("value"));
      assertEquals("NEGATIVE", cellValue(surgeon, "TENSION.STRAIGHT_LEG_RAISE.LEFT"));
    }
  }

  @Test
  void theLeadSurgeonCompletesAndSignsAWorkupWithARecurrentDiscBackedByAnMri() {
    long caseId = acceptedCase("Workup");
    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=HISTORY");
      surgeon.waitFor(By.id("history"));
      assertTrue(surgeon.field("status_HISTORY").getText().contains("missing"), surgeon.field("status_HISTORY").getText());
      // the sign button is there for the lead, disabled with what blocks it
      assertFalse(surgeon.field("signing:signButton").isEnabled());
      assertTrue(surgeon.field("signBlockers").getText().contains("History"), surgeon.field("signBlockers").getText());

      // ---- history ----
      choose(surgeon, "history:indication", "RADICULOPATHY");
      choose(surgeon, "history:concordance", "CONCORDANT");
      choose(surgeon, "history:painFree", "MORE_THAN_6_TO_12_MONTHS");
      surgeon.type("history:backPercent", "30");
      choose(surgeon, "history:work", "OFF_WORK_SICK");
      choose(surgeon, "history:litigation", "NONE");
      choose(surgeon, "history:compensation", "NONE");
      tick(surgeon, "history:goals", "LESS_LEG_PAIN");
      click(surgeon, "history:addMedication");
      surgeon.waitFor(By.id("history:med:0:name"));
      choose(surgeon, "history:med:0:cls", "OPIOID");
      ReferralPages.wait(surgeon).until(ExpectedConditions.elementToBeClickable(By.id("history:med:0:opioid")));
      choose(surgeon, "history:med:0:opioid", "OXYCODONE");
      surgeon.type("history:med:0:amount", "10");
      surgeon.type("history:med:0:times", "2");
      surgeon.field("history:med:0:name").click(); // leaves the field: its change event computes MME
      // oxycodone 10 mg twice a day x 1.5 = 30 MME/day
      surgeon.waitForText(By.id("history:med:0:mme"), "30.0");
      surgeon.waitForText(By.id("history:totalMme"), "30.0 mg MME/day");
      surgeon.type("history:med:0:name", "OxyContin 10 mg");
      click(surgeon, "history:save");
      surgeon.waitForText(By.id("status_HISTORY"), "Complete");

      // ---- red flags: all negative ----
      section(surgeon, "RED_FLAGS", "redFlags");
      click(surgeon, "redFlags:allNo");
      surgeon.waitForText(By.cssSelector("#redFlags .sc-hint"), "All signs answered");
      click(surgeon, "redFlags:save");
      surgeon.waitForText(By.id("status_RED_FLAGS"), "Complete");
      assertTrue(surgeon.driver().findElements(By.id("bannerUrgentPlan")).isEmpty(), "no urgent plan without a red flag");

      // ---- examination: a few findings, then rest normal ----
      section(surgeon, "EXAMINATION", "exam");
      cell(surgeon, "TENSION.STRAIGHT_LEG_RAISE.LEFT", "POSITIVE");
      surgeon.driver().findElement(By.cssSelector("input[data-cell='TENSION.STRAIGHT_LEG_RAISE.LEFT.angle']")).sendKeys("40");
      cell(surgeon, "SENSATION.L5.LEFT", "REDUCED");
      cell(surgeon, "POWER.L5.LEFT", "4");
      cell(surgeon, "REFLEX.ACHILLES.LEFT", "2");
      click(surgeon, "exam:restNormal");
      surgeon.waitForText(By.id("messages"), "filled as normal");
      assertEquals("POSITIVE", cellValue(surgeon, "TENSION.STRAIGHT_LEG_RAISE.LEFT"));
      assertEquals("40", surgeon.driver().findElement(By.cssSelector("input[data-cell='TENSION.STRAIGHT_LEG_RAISE.LEFT.angle']")).getAttribute("value"));
      assertEquals("REDUCED", cellValue(surgeon, "SENSATION.L5.LEFT"));
      assertEquals("4", cellValue(surgeon, "POWER.L5.LEFT"));
      assertEquals("5", cellValue(surgeon, "POWER.L5.RIGHT"));
      assertEquals("NEGATIVE", cellValue(surgeon, "TENSION.STRAIGHT_LEG_RAISE.RIGHT"));
      assertEquals("NORMAL", cellValue(surgeon, "SENSATION.L5.RIGHT"));
      assertEquals("2", cellValue(surgeon, "REFLEX.PATELLAR.RIGHT"));
      assertTrue(surgeon.field("exam:siResult").getText().contains("Negative"), surgeon.field("exam:siResult").getText());
      ReferralPages.fullScreenshot(surgeon, "workup-examination-grid");
      surgeon.assertAccessible("workup-examination-grid");
      click(surgeon, "exam:save");
      surgeon.waitForText(By.id("status_EXAMINATION"), "Complete");

      // ---- studies: MRI with and without gadolinium, resulted with a PDF report ----
      section(surgeon, "STUDIES", "order");
      choose(surgeon, "order:orderType", "MRI_WITH_AND_WITHOUT_GADOLINIUM");
      surgeon.type("order:orderLevels", "L4-L5");
      click(surgeon, "order:orderStudy");
      surgeon.waitForText(By.id("studyTable"), "MRI with and without gadolinium");
      assertTrue(surgeon.field("studyTable").getText().contains("Awaiting result"), surgeon.field("studyTable").getText());
      click(surgeon, surgeon.driver().findElement(By.cssSelector("tr[data-study='1'] button")));
      surgeon.waitFor(By.id("result:pattern"));
      choose(surgeon, "result:pattern", "NON_ENHANCING_DISC_WITH_RIM");
      tick(surgeon, "result:compression", "DISC_HERNIATION");
      surgeon.driver().findElement(By.id("result:report_input"))
          .sendKeys(ReferralPages.pdfFile("mri-l4-l5-report.pdf").toString());
      surgeon.waitForText(By.id("attachedReport"), "mri-l4-l5-report.pdf");
      click(surgeon, "result:saveResult");
      surgeon.waitForText(By.id("studyTable"), "Non-enhancing with rim enhancement: disc");
      WebElement report = surgeon.field("report_1");
      assertEquals("mri-l4-l5-report.pdf", report.getText());
      HttpResponse<byte[]> pdf = ReferralPages.fetchWithSession(surgeon, "/workup/report?case=" + caseId + "&study=1");
      assertEquals(200, pdf.statusCode());
      assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
      surgeon.screenshot("workup-studies");

      // ---- causes and diagnosis ----
      section(surgeon, "CAUSES", "causes");
      choose(surgeon, "causes:rows:0:cause", "RESIDUAL_OR_RECURRENT_DISC_HERNIATION");
      surgeon.type("causes:rows:0:levels", "L4-L5");
      choose(surgeon, "causes:rows:0:side", "LEFT");
      tick(surgeon, "causes:rows:0:basis", "IMAGING");
      tick(surgeon, "causes:rows:0:evidence", "STUDY:1");
      choose(surgeon, "causes:rows:0:certainty", "CONFIRMED");
      choose(surgeon, "causes:rows:0:timing", "POST_OPERATIVE");
      click(surgeon, "causes:rows:0:addressable");
      choose(surgeon, "causes:icd10", "M96_1");
      tick(surgeon, "causes:mechanisms", "NEUROPATHIC");
      click(surgeon, "causes:save");
      surgeon.waitForText(By.id("status_CAUSES"), "Complete");
      ReferralPages.fullScreenshot(surgeon, "workup-causes");
      surgeon.assertAccessible("workup-causes");

      // ---- sign ----
      ReferralPages.wait(surgeon).until(ExpectedConditions.elementToBeClickable(By.id("signing:signButton")));
      click(surgeon, "signing:signButton");
      surgeon.waitFor(By.id("signConfirm:confirmSign"));
      surgeon.screenshot("workup-sign-dialog");
      click(surgeon, "signConfirm:confirmSign");
      surgeon.waitFor(By.id("signedNotice"));
      surgeon.waitForText(By.id("bannerCase"), "Ready for MDT");
      // signed: read-only, no save button, the inputs disabled
      assertTrue(surgeon.driver().findElements(By.id("causes:save")).isEmpty());
      assertFalse(surgeon.field("causes:rows:0:cause").isEnabled());

      // ---- addendum beside the original ----
      choose(surgeon, "addendum:addendumConcerns", "CAUSES");
      surgeon.type("addendum:addendumText", "Discussed with the radiologist: the rim-enhancing fragment is at L4-L5 on the left.");
      click(surgeon, "addendum:addAddendum");
      surgeon.waitForText(By.id("addenda"), "rim-enhancing fragment");
      assertTrue(surgeon.field("sectionPanel").isDisplayed());
      ReferralPages.fullScreenshot(surgeon, "workup-signed-addendum");

      // ---- the case page: ready for MDT, the workup tab ----
      surgeon.open("/cases/view.xhtml?id=" + caseId);
      surgeon.waitForText(By.id("bannerCase"), "Ready for MDT");
      surgeon.driver().findElement(By.xpath("//a[normalize-space()='Workup']")).click();
      surgeon.waitForText(By.id("workupTabSigned"), "Signed by");
      assertTrue(surgeon.field("workupTabProgress").getText().contains("of 9 sections complete"),
          surgeon.field("workupTabProgress").getText());
      surgeon.screenshot("workup-case-tab");
      surgeon.assertAccessible("workup-case-tab");

      // ---- the summary ----
      surgeon.open("/workup/summary.xhtml?case=" + caseId);
      WebElement causes = surgeon.waitFor(By.id("summaryCauses"));
      assertTrue(causes.getText().contains("Residual or recurrent disc herniation"), causes.getText());
      assertTrue(causes.getText().contains("L4-L5"), causes.getText());
      assertTrue(causes.getText().contains("MRI with and without gadolinium"), causes.getText());
      assertTrue(surgeon.field("summaryDiagnosis").getText().contains("M96.1"), surgeon.field("summaryDiagnosis").getText());
      assertTrue(surgeon.field("summarySignature").getText().contains("Signed by"), surgeon.field("summarySignature").getText());
      ReferralPages.fullScreenshot(surgeon, "workup-summary");
      surgeon.assertAccessible("workup-summary");
      HttpResponse<byte[]> summaryPdf = ReferralPages.fetchWithSession(surgeon, "/workup/summary.pdf?case=" + caseId);
      assertEquals(200, summaryPdf.statusCode());
      assertTrue(summaryPdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
      assertTrue(new String(summaryPdf.body(), 0, 5).startsWith("%PDF"));
    }
  }

  @Test
  void thePhysiotherapistReadsTheWorkupWritesTheirOwnSectionAndCannotSign() {
    long caseId = acceptedCase("WorkupPhysio");
    try (Browser physio = new Browser()) {
      physio.loginAs(DemoUser.PHYSIOTHERAPIST);
      physio.open("/workup/edit.xhtml?case=" + caseId + "&section=HISTORY");
      physio.waitFor(By.id("sectionTitle"));
      assertTrue(physio.driver().findElements(By.id("signing:signButton")).isEmpty(), "no sign button for the physio");
      assertTrue(physio.field("signNotForYou").getText().contains("surgeon or pain specialist"));
      assertTrue(physio.driver().findElements(By.id("history:save")).isEmpty(), "history is read-only for the physio");

      section(physio, "FUNCTION_AND_MOVEMENT", "function");
      physio.type("function:walking", "15");
      physio.type("function:assessment", "Walks 15 minutes before leg pain stops him; guarded lumbar flexion.");
      click(physio, "function:save");
      physio.waitForText(By.id("status_FUNCTION_AND_MOVEMENT"), "Complete");
    }
  }

  /** Each section with the element that shows it rendered with its data. */
  private static final java.util.Map<String, String> SECTIONS = java.util.Map.of(
      "HISTORY", "history:med:0:name", "RED_FLAGS", "redFlags:urgentPlan", "EXAMINATION", "exam",
      "STUDIES", "studyTable", "INJECTIONS", "blockTable", "PSYCHOSOCIAL", "scoreTable",
      "CAUSES", "causes:rows:0:cause", "FUNCTION_AND_MOVEMENT", "function", "PSYCHOLOGICAL_EVALUATION", "psychology");

  /**
   * A record with something in everything: every section opens, every saved form opens again
   * (a block, a study's result), the summary page and its PDF carry what the MDT needs in the
   * clinic's date format, and all of it again once signed with an addendum.
   */
  @Test
  void everySectionAndEverySavedFormOpensWithAFullyFilledRecord() {
    long caseId = acceptedCase("Filled");
    FilledWorkup.fill(caseId);
    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      openEverySection(surgeon, caseId, "filled");
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=HISTORY");
      assertEquals("Oxycodone IR", surgeon.waitFor(By.id("history:med:0:name")).getAttribute("value"));
      assertTrue(surgeon.driver().findElements(By.id("bannerUrgentPlan")).isEmpty(), "the urgent plan is written");
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=RED_FLAGS");
      surgeon.waitForText(By.id("urgentTitle"), "urgent plan written");

      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=INJECTIONS");
      assertTrue(surgeon.waitFor(By.id("blockTable")).getText().contains(clinicDate(java.time.LocalDate.now().minusDays(2))),
          surgeon.field("blockTable").getText());
      click(surgeon, "blockList:rows:0:editBlock");
      surgeon.waitFor(By.id("block:performedOn"));
      assertEquals(java.time.LocalDate.now().minusDays(2).toString(), surgeon.field("block:performedOn").getAttribute("value"));
      surgeon.screenshot("workup-block-edit");

      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=STUDIES");
      click(surgeon, surgeon.waitFor(By.cssSelector("tr[data-study='1'] button")));
      surgeon.waitFor(By.id("result:pattern"));
      assertEquals("NON_ENHANCING_DISC_WITH_RIM", new Select(surgeon.field("result:pattern")).getFirstSelectedOption().getAttribute("value"));
      surgeon.screenshot("workup-study-result-edit");

      assertSummary(surgeon, caseId, "filled");
      FilledWorkup.signWithAddendum(caseId);
      openEverySection(surgeon, caseId, "signed");
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=FUNCTION_AND_MOVEMENT");
      surgeon.waitForText(By.id("addenda"), "Walking tolerance now 25 minutes.");
      String summary = assertSummary(surgeon, caseId, "signed");
      assertTrue(summary.contains("Walking tolerance now 25 minutes."), summary);
    }
  }

  private static void openEverySection(Browser browser, long caseId, String stage) {
    for (java.util.Map.Entry<String, String> section : SECTIONS.entrySet()) {
      browser.open("/workup/edit.xhtml?case=" + caseId + "&section=" + section.getKey());
      browser.waitFor(By.id(section.getValue()));
      assertTrue(browser.field("status_" + section.getKey()).getText().contains("Complete"),
          section.getKey() + ": " + browser.field("status_" + section.getKey()).getText());
      ReferralPages.fullScreenshot(browser, "workup-" + stage + "-" + section.getKey().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** The summary page and its PDF say what the MDT needs, dates in the clinic's format; the page's text. */
  private static String assertSummary(Browser browser, long caseId, String stage) {
    browser.open("/workup/summary.xhtml?case=" + caseId);
    String page = browser.waitFor(By.id("summary")).getText().replaceAll("\\s+", " ");
    ReferralPages.fullScreenshot(browser, "workup-summary-" + stage);
    HttpResponse<byte[]> pdf = ReferralPages.fetchWithSession(browser, "/workup/summary.pdf?case=" + caseId);
    assertEquals(200, pdf.statusCode());
    String paper = FilledWorkup.pdfText(pdf.body());
    for (String text : List.of(page, paper)) {
      for (String needed : List.of("45 mg MME/day", "Straight leg raise, left: Positive at 40\u00B0",
          FilledWorkup.URGENT_PLAN, "Second opinion", "23 Sep 1971", FilledWorkup.ALERT_NOTE,
          "PHQ-9 safety alert raised", "resulted " + clinicDate(java.time.LocalDate.now()))) {
        assertTrue(text.contains(needed), needed + " in " + text);
      }
      java.util.regex.Matcher iso = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
      assertFalse(iso.find(), "no ISO date: " + text);
    }
    return page;
  }

  private static String clinicDate(java.time.LocalDate date) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH).format(date);
  }

  /**
   * A name typed before choosing the class and the opioid is kept (it was replaced by the opioid's
   * name); the sign box names every required section still missing and lists the optional ones.
   */
  @Test
  void aTypedMedicationNameSurvivesChoosingItsClassAndTheSignBoxNamesWhatIsMissing() {
    long caseId = acceptedCase("Medication");
    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=HISTORY");
      surgeon.waitFor(By.id("history"));
      choose(surgeon, "history:indication", "RADICULOPATHY");
      choose(surgeon, "history:concordance", "CONCORDANT");
      choose(surgeon, "history:painFree", "MORE_THAN_6_TO_12_MONTHS");
      surgeon.type("history:backPercent", "30");
      choose(surgeon, "history:work", "OFF_WORK_SICK");
      choose(surgeon, "history:litigation", "NONE");
      choose(surgeon, "history:compensation", "NONE");
      tick(surgeon, "history:goals", "LESS_LEG_PAIN");
      click(surgeon, "history:addMedication");
      surgeon.waitFor(By.id("history:med:0:name"));
      surgeon.type("history:med:0:name", "Oxycodone retard");
      choose(surgeon, "history:med:0:cls", "OPIOID");
      ReferralPages.wait(surgeon).until(ExpectedConditions.elementToBeClickable(By.id("history:med:0:opioid")));
      choose(surgeon, "history:med:0:opioid", "OXYCODONE");
      surgeon.waitForText(By.id("history:med:0:unit"), "mg");
      surgeon.type("history:med:0:amount", "20");
      surgeon.type("history:med:0:times", "2");
      surgeon.field("history:med:0:name").click();
      surgeon.waitForText(By.id("history:med:0:mme"), "60.0");
      assertEquals("Oxycodone retard", surgeon.field("history:med:0:name").getAttribute("value"));
      click(surgeon, "history:save");
      surgeon.waitForText(By.id("status_HISTORY"), "Complete");
      surgeon.open("/workup/edit.xhtml?case=" + caseId + "&section=HISTORY");
      assertEquals("Oxycodone retard", surgeon.waitFor(By.id("history:med:0:name")).getAttribute("value"));

      String blockers = surgeon.field("signBlockers").getText();
      for (String missing : List.of("Red flags", "Examination", "Imaging and tests", "Causes and diagnosis")) {
        assertTrue(blockers.contains(missing), missing + " in " + blockers);
      }
      assertFalse(blockers.contains("History"), blockers);
      assertFalse(surgeon.field("signing:signButton").isEnabled());
      String required = surgeon.field("signRequired").getText();
      assertTrue(required.contains("History: Complete") && required.contains("Imaging and tests: not complete"), required);
      String optional = surgeon.field("signOptional").getText();
      for (String section : List.of("Diagnostic injections", "Psychosocial", "Function and movement", "Psychological evaluation")) {
        assertTrue(optional.contains(section + ": not complete"), section + " in " + optional);
        assertFalse(required.contains(section), section + " in " + required);
      }
      ReferralPages.fullScreenshot(surgeon, "workup-sign-box-required-optional");

      // and the case page offers no "Ready for MDT" by hand
      surgeon.open("/cases/view.xhtml?id=" + caseId);
      surgeon.waitForText(By.id("bannerCase"), "Workup");
      assertTrue(surgeon.driver().findElements(By.xpath("//button[normalize-space()='Ready for MDT']")).isEmpty(),
          "Ready for MDT comes from signing only");
    }
  }

  // ---- helpers ----

  private static void section(Browser browser, String section, String formId) {
    browser.field("nav_" + section).click();
    browser.waitFor(By.id(formId));
    browser.waitForText(By.id("sectionTitle"), browser.field("nav_" + section).getText());
  }

  private static void choose(Browser browser, String id, String value) {
    WebElement select = browser.field(id);
    center(browser, select);
    new Select(select).selectByValue(value);
  }

  private static void cell(Browser browser, String cell, String value) {
    WebElement select = browser.driver().findElement(By.cssSelector("select[data-cell='" + cell + "']"));
    center(browser, select);
    new Select(select).selectByValue(value);
  }

  private static String cellValue(Browser browser, String cell) {
    return new Select(browser.driver().findElement(By.cssSelector("select[data-cell='" + cell + "']")))
        .getFirstSelectedOption().getAttribute("value");
  }

  private static void tick(Browser browser, String name, String value) {
    WebElement box = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    center(browser, box);
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void click(Browser browser, String id) {
    click(browser, browser.field(id));
  }

  private static void click(Browser browser, WebElement element) {
    center(browser, element);
    element.click();
  }

  /** Mid-screen, clear of the sticky top bar and the sticky bar of buttons at the bottom. */
  private static void center(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  @SuppressWarnings("unused")
  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
