package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spinecase.it.outcome.OutcomeBrowserIT.Episode;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralPages;

/**
 * Unsaved input is not lost without asking: leaving a form with input through the menu, the
 * patient search or a link asks first, and the browser's own navigation is guarded too. The
 * outcome entry keeps a draft that is offered back on return, cleared by a save and by logging out.
 */
@ExtendWith(ArquillianExtension.class)
class UnsavedInputBrowserIT {

  private static final String DRAFT_KEYS =
      "return Object.keys(localStorage).filter(function (k) { return k.indexOf('sc-draft|') === 0; });";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  @Test
  void leavingUnsavedAnswersAsksFirstAndTheDraftComesBackUntilSaved() {
    Episode episode = OutcomeBrowserIT.acceptedCase("Unsaved");
    String entry = "/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=PHQ-9";
    try (Browser psychologist = new Browser()) {
      psychologist.loginAs(DemoUser.PSYCHOLOGIST);
      psychologist.open(entry);
      psychologist.waitFor(By.id("itemsTitle"));
      tick(psychologist, 0, 2);
      tick(psychologist, 1, 3);

      // the menu, the patient search and the browser's own navigation all ask first
      psychologist.script("window.scrollTo(0, 0);");
      psychologist.field("menuWorklist").click();
      dismiss(psychologist);
      psychologist.field("topSearch").sendKeys(episode.family(), Keys.ENTER);
      dismiss(psychologist);
      assertTrue(radio(psychologist, 1, 3).isSelected(), "the input is still there after staying");
      assertEquals(Boolean.TRUE, psychologist.script("var e = new Event('beforeunload', {cancelable: true});"
          + " window.dispatchEvent(e); return e.defaultPrevented;"), "reload, Back and close ask too");

      // leaving anyway keeps a draft, offered back on return
      psychologist.field("caseLink").click();
      accept(psychologist);
      psychologist.waitFor(By.id("caseHeading"));
      psychologist.open(entry);
      psychologist.waitFor(By.id("entry-draftBar"));
      assertTrue(!radio(psychologist, 1, 3).isSelected(), "the page itself comes from the server, unanswered");
      psychologist.screenshot("unsaved-draft-offered");
      psychologist.field("entry-draftRestore").click();
      assertTrue(radio(psychologist, 0, 2).isSelected() && radio(psychologist, 1, 3).isSelected(),
          "the draft restores both answers");

      // saving clears the draft; after the save the menu leaves without asking
      psychologist.field("entry:saveDraft").click();
      psychologist.waitForText(By.id("responseStatus"), "In progress");
      ReferralPages.wait(psychologist).until(d -> ((List<?>) psychologist.script(DRAFT_KEYS)).isEmpty());
      psychologist.field("menuWorklist").click();
      ReferralPages.wait(psychologist).until(ExpectedConditions.urlContains("/index.xhtml"));
    }
  }

  @Test
  void loggingOutAsksFirstAndLeavesNoDraftBehind() {
    Episode episode = OutcomeBrowserIT.acceptedCase("Logout");
    String entry = "/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=GAD-7";
    try (Browser psychologist = new Browser()) {
      psychologist.loginAs(DemoUser.PSYCHOLOGIST);
      psychologist.open(entry);
      psychologist.waitFor(By.id("itemsTitle"));
      tick(psychologist, 0, 1);
      ReferralPages.wait(psychologist).until(d -> !((List<?>) psychologist.script(DRAFT_KEYS)).isEmpty());

      psychologist.field("logout").click();
      accept(psychologist);
      psychologist.waitFor(By.id("username"));
      psychologist.signInAgain(DemoUser.PSYCHOLOGIST);
      assertEquals(List.of(), psychologist.script(DRAFT_KEYS), "no clinical input is kept after logout");
      psychologist.open(entry);
      psychologist.waitFor(By.id("itemsTitle"));
      assertTrue(psychologist.driver().findElements(By.id("entry-draftBar")).isEmpty());
    }
  }

  private static WebElement radio(Browser browser, int index, int value) {
    return browser.driver().findElement(By.cssSelector(
        "input[name='entry:items:" + index + ":answer'][value='" + value + "']"));
  }

  private static void tick(Browser browser, int index, int value) {
    WebElement radio = radio(browser, index, value);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", radio);
    radio.click();
  }

  private static void dismiss(Browser browser) {
    Alert alert = ReferralPages.wait(browser).until(ExpectedConditions.alertIsPresent());
    assertTrue(alert.getText().contains("not saved"), alert.getText());
    alert.dismiss();
  }

  private static void accept(Browser browser) {
    ReferralPages.wait(browser).until(ExpectedConditions.alertIsPresent()).accept();
  }
}
