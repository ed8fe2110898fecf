package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.spinecase.it.support.ReferralPages.Intake;

/**
 * Break the glass in the browser: a psychologist outside the care team cannot open the case,
 * breaks the glass on the patient page with a reason, then sees it; the administrator finds the
 * access in the review list and marks it reviewed.
 */
@ExtendWith(ArquillianExtension.class)
class BreakGlassBrowserIT {

  private static final String REASON = "Covering colleague on call: acute pain crisis, needs the workup";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @Test
  void aPsychologistOutsideTheTeamBreaksTheGlassAndTheAdminReviewsIt() {
    String family = ReferralPages.uniqueFamily("Glass");
    long caseId;
    long patientId;
    try (Browser coordinator = new Browser(); Browser surgeon = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      long referralId = ReferralPages.enterReferral(coordinator, Intake.forNewPatient(family), null);
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/referrals/view.xhtml?id=" + referralId);
      caseId = ReferralPages.accept(surgeon, DemoUser.SURGEON.username());
      patientId = ReferralPages.idFromLink(surgeon, "patientLink");
    }

    try (Browser psychologist = new Browser()) {
      psychologist.loginAs(DemoUser.PSYCHOLOGIST);
      psychologist.open("/cases/view.xhtml?id=" + caseId);
      psychologist.waitFor(By.id("error404"));

      psychologist.open("/patients/view.xhtml?id=" + patientId);
      WebElement hidden = psychologist.waitFor(By.id("hiddenCaseData"));
      assertTrue(hidden.getText().contains("break the glass"), hidden.getText());
      ReferralPages.fullScreenshot(psychologist, "patient-view-hidden-case");
      psychologist.assertAccessible("patient-view-hidden-case");
      psychologist.field("breakGlassOpen:breakGlass").click();
      psychologist.type("breakGlassForm:reason", REASON);
      psychologist.screenshot("patient-view-break-glass-dialog");
      psychologist.field("breakGlassForm:confirmBreakGlass").click();

      WebElement chip = psychologist.waitFor(By.id("bannerBreakGlass"));
      assertTrue(chip.getText().startsWith("Break-glass access until"), chip.getText());
      psychologist.waitFor(By.id("breakGlassActive"));
      psychologist.screenshot("patient-view-break-glass-active");
      psychologist.field("caseList").findElement(By.partialLinkText("Case " + caseId)).click();
      psychologist.waitFor(By.id("caseHeading"));
      assertEquals(caseId, ReferralPages.idFromUrl(psychologist));
      assertTrue(psychologist.field("bannerBreakGlass").isDisplayed());
      psychologist.screenshot("case-view-break-glass");
      psychologist.assertAccessible("case-view-break-glass");
    }

    try (Browser admin = new Browser()) {
      admin.loginAs(DemoUser.ADMIN);
      admin.field("openBreakGlassReview").click();
      admin.waitFor(By.id("review:grants"));
      WebElement row = admin.driver().findElement(By.xpath(
          "//table//tr[td[contains(., '" + REASON + "')]]"));
      assertTrue(row.getText().contains(DemoUser.PSYCHOLOGIST.username()), row.getText());
      assertTrue(row.getText().contains("Not reviewed"), row.getText());
      admin.screenshot("break-glass-review");
      admin.assertAccessible("break-glass-review");

      row.findElement(By.cssSelector("button[id$='markReviewed']")).click();
      admin.type("reviewForm:note", "Checked with the on-call rota: justified.");
      admin.screenshot("break-glass-review-dialog");
      admin.field("reviewForm:confirmReview").click();
      admin.waitForText(By.id("review:grants"), "Checked with the on-call rota");
      admin.screenshot("break-glass-reviewed");

      // the administrator's other pages
      admin.field("menuMeasureSchedule").click();
      admin.waitFor(By.id("schedule"));
      admin.assertAccessible("admin measure schedule");
      admin.field("menuInstrumentText").click();
      admin.waitFor(By.id("textForm"));
      admin.assertAccessible("admin instrument text");
    }
  }
}
