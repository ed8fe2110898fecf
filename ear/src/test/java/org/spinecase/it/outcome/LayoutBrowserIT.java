package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spinecase.it.outcome.OutcomeBrowserIT.Episode;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralPages;

/**
 * Pages fit the screens the clinic uses: nothing scrolls sideways on a 1440 px desktop (the
 * workup History with an opioid row and a refused dose) or on a 768 px tablet (the outcome entry
 * and the questionnaire handed to the patient), and every answer on the tablet is fully visible.
 */
@ExtendWith(ArquillianExtension.class)
class LayoutBrowserIT {

  /** Every element that is an answer, with its right edge and the window's width. */
  private static final String ANSWERS_CUT_OFF = "var w = document.documentElement.clientWidth; return Array.from("
      + "document.querySelectorAll(arguments[0])).filter(function (e) { var r = e.getBoundingClientRect();"
      + " return r.left < 0 || r.right > w; }).map(function (e) { return (e.id || e.name) + ' ' +"
      + " Math.round(e.getBoundingClientRect().right) + ' > ' + w; });";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  @Test
  void theWorkupHistoryWithAnOpioidAndARefusedDoseFitsA1440Screen() {
    Episode episode = OutcomeBrowserIT.acceptedCase("Wide");
    try (Browser surgeon = new Browser()) {
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.windowWidth(1440);
      surgeon.open("/workup/edit.xhtml?case=" + episode.caseId() + "&section=HISTORY");
      surgeon.waitFor(By.id("history"));
      click(surgeon, "history:addMedication");
      surgeon.waitFor(By.id("history:med:0:name"));
      surgeon.type("history:med:0:name", "Oxycodone retard 20 mg twice daily (prolonged release)");
      choose(surgeon, "history:med:0:cls", "OPIOID");
      ReferralPages.wait(surgeon).until(ExpectedConditions.elementToBeClickable(By.id("history:med:0:opioid")));
      choose(surgeon, "history:med:0:opioid", "OXYCODONE");
      surgeon.type("history:med:0:amount", "twenty");
      surgeon.type("history:med:0:times", "2");
      click(surgeon, "history:save");
      surgeon.waitFor(By.cssSelector("[id='history:med:0:amount'] ~ .ui-message-error, td .ui-message-error"));
      surgeon.assertNoSidewaysScroll("workup History at 1440 px");
      ReferralPages.fullScreenshot(surgeon, "layout-history-1440");
      surgeon.assertAccessible("workup History with a refused dose");
    }
  }

  @Test
  void theOutcomeEntryAndTheTabletFitA768Screen() {
    Episode episode = OutcomeBrowserIT.acceptedCase("Narrow");
    try (Browser psychologist = new Browser()) {
      psychologist.loginAs(DemoUser.PSYCHOLOGIST);
      psychologist.windowWidth(768);
      // ODI: six answers per item, the widest row of answers
      psychologist.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=ODI");
      psychologist.waitFor(By.id("itemsTitle"));
      psychologist.assertNoSidewaysScroll("outcome entry at 768 px");
      assertEquals(List.of(), psychologist.script(ANSWERS_CUT_OFF, "input[type=radio], .sc-answer-radio label"),
          "answers cut off on the outcome entry");
      ReferralPages.fullScreenshot(psychologist, "layout-record-768");

      psychologist.field("entry:handTablet").click();
      psychologist.waitFor(By.id("progressText"));
      psychologist.assertNoSidewaysScroll("tablet at 768 px");
      assertEquals(List.of(), psychologist.script(ANSWERS_CUT_OFF, ".sc-tablet-option, .sc-tablet-nav-button"),
          "answers cut off on the tablet");
      psychologist.screenshot("layout-tablet-768");
    }
  }

  private static void choose(Browser browser, String id, String value) {
    WebElement select = browser.field(id);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", select);
    new Select(select).selectByValue(value);
  }

  private static void click(Browser browser, String id) {
    WebElement element = browser.field(id);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
