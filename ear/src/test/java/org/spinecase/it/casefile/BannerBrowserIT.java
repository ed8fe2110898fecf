package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;
import org.spinecase.it.support.ReferralPages;
import org.spinecase.it.support.ReferralPages.Intake;

/**
 * The patient banner says the same on every page about a patient with an open red-flag case: the
 * referral, the patient's record, history and edit pages and the case itself. Before the banner
 * had one read model, the referral, history and edit pages said "No open case · Lead: none".
 */
@ExtendWith(ArquillianExtension.class)
class BannerBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @Test
  void everyPageAboutThePatientShowsTheOpenRedFlagCase() {
    String family = ReferralPages.uniqueFamily("Banner");
    try (Browser coordinator = new Browser(); Browser surgeon = new Browser()) {
      coordinator.loginAs(DemoUser.COORDINATOR);
      long referralId = ReferralPages.enterReferral(coordinator, Intake.forNewPatient(family).redFlag(), null);
      surgeon.loginAs(DemoUser.SURGEON);
      surgeon.open("/referrals/view.xhtml?id=" + referralId);
      ReferralPages.accept(surgeon, DemoUser.SURGEON.username());
      long patientId = ReferralPages.idFromLink(surgeon, "patientLink");
      String lead = surgeon.field("bannerLead").getText();
      assertBanner(surgeon, "case-view-banner");
      surgeon.waitFor(By.xpath("//ol[@id='timeline']//strong[contains(., 'Referral accepted, case opened')]"));

      surgeon.open("/referrals/view.xhtml?id=" + referralId);
      surgeon.waitFor(By.id("referralHeading"));
      assertEquals(lead, assertBanner(surgeon, "referral-view-banner"));
      surgeon.open("/patients/history.xhtml?id=" + patientId);
      assertEquals(lead, assertBanner(surgeon, "patient-history-banner"));
      surgeon.open("/patients/view.xhtml?id=" + patientId);
      assertEquals(lead, assertBanner(surgeon, "patient-view-banner"));
      coordinator.open("/patients/edit.xhtml?id=" + patientId);
      assertEquals(lead, assertBanner(coordinator, "patient-edit-banner"));
    }
  }

  /** The case's status, a lead and the red-flag chip; returns the lead shown. */
  private static String assertBanner(Browser browser, String screenshot) {
    browser.waitFor(By.id("patientBanner"));
    assertEquals("Workup in progress", browser.field("bannerCase").getText());
    String lead = browser.field("bannerLead").getText();
    assertEquals(false, lead.startsWith("none"), lead);
    assertEquals("RED FLAG", browser.field("bannerRedFlag").getText());
    browser.screenshot(screenshot);
    return lead;
  }
}
