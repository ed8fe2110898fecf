package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.spinecase.it.outcome.OutcomeBrowserIT.Episode;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;

/**
 * The tablet handed to the patient: while it is handed over, Back, the menu's pages, the patient
 * search and the case lead back to the questionnaire; only the clinician's credentials, given
 * again on the Keycloak page, open the clinic's pages, on the response the patient answered.
 */
@ExtendWith(ArquillianExtension.class)
class HandOverBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @BeforeAll
  static void everyoneHasSignedInOnce() {
    Api.everyoneHasSignedInOnce();
  }

  @Test
  void theHandedOverTabletShowsOnlyTheQuestionnaireUntilTheClinicianSignsInAgain() {
    Episode episode = OutcomeBrowserIT.acceptedCase("HandOver");
    try (Browser tablet = new Browser()) {
      tablet.loginAs(DemoUser.PSYCHOLOGIST);
      tablet.open("/outcomes/record.xhtml?case=" + episode.caseId() + "&instrument=PHQ-9");
      tablet.waitFor(By.id("itemsTitle"));
      tablet.field("entry:handTablet").click();
      tablet.waitFor(By.id("progressText"));
      String questionnaire = tablet.driver().getCurrentUrl();

      tablet.driver().navigate().back();
      assertOnlyTheQuestionnaire(tablet, questionnaire, "Back");
      for (String page : List.of("/", "/index.xhtml?list=MEASURES_DUE", "/patients/search.xhtml?q=" + episode.family(),
          "/patients/view.xhtml?id=" + episode.patientId(), "/cases/view.xhtml?id=" + episode.caseId(),
          "/outcomes/record.xhtml?case=" + episode.caseId(), "/outcomes/patient.xhtml?patient=" + episode.patientId())) {
        tablet.open(page);
        assertOnlyTheQuestionnaire(tablet, questionnaire, page);
      }
      tablet.screenshot("outcome-tablet-handed-over");
      tablet.assertAccessible("tablet handed over");

      // "For the clinician" asks for the credentials again and lands on the same response
      tablet.field("clinicianFinish").click();
      tablet.waitFor(By.id("username"));
      assertTrue(tablet.driver().findElements(By.id("menuWorklist")).isEmpty());
      tablet.signInAgain(DemoUser.PSYCHOLOGIST);
      tablet.waitFor(By.id("itemsTitle"));
      assertTrue(tablet.driver().getCurrentUrl().contains("/outcomes/record.xhtml"), tablet.driver().getCurrentUrl());
      tablet.open("/patients/search.xhtml?q=" + episode.family());
      tablet.waitFor(By.id("menuPatients"));
      assertTrue(tablet.driver().getCurrentUrl().contains("/patients/search.xhtml"), tablet.driver().getCurrentUrl());
    }
  }

  private static void assertOnlyTheQuestionnaire(Browser tablet, String questionnaire, String tried) {
    tablet.waitFor(By.id("progressText"));
    assertTrue(tablet.driver().getCurrentUrl().equals(questionnaire),
        tried + " left the questionnaire: " + tablet.driver().getCurrentUrl());
    assertTrue(tablet.driver().findElements(By.id("menuWorklist")).isEmpty(), tried + " shows the menu");
    assertTrue(tablet.driver().findElements(By.id("topSearch")).isEmpty(), tried + " shows the patient search");
  }
}
