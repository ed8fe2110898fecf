package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertRoleRefused;

import jakarta.ejb.EJB;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.ReferralService;
import org.spinecase.application.ResponseStart;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistPage;
import org.spinecase.application.WorklistService;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/**
 * Open PHQ-9 item 9 alerts are on the care team's "Safety alerts" worklist, with a count, until
 * acknowledged; clinicians outside the team do not see them and the coordinator has no such list.
 * A page costs the same statements with one alert or two.
 */
@ExtendWith(ArquillianExtension.class)
class SafetyAlertWorklistIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(SafetyAlertWorklistIT.class);
  }

  @EJB WorklistService worklists;
  @EJB OutcomeService outcomes;
  @EJB ReferralService referrals;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  private static Map<Integer, Set<Integer>> phq9WithItem9(int item9) {
    Map<Integer, Set<Integer>> answers = new HashMap<>();
    for (int item = 1; item <= 8; item++) {
      answers.put(item, Set.of(1));
    }
    answers.put(9, Set.of(item9));
    return answers;
  }

  private SafetyAlert raiseAlert(long caseId) throws Exception {
    surgeon.call(() -> outcomes.submit(
        new ResponseStart(caseId, "PHQ-9", TimePoint.BASELINE, null, null, "en", EntryMode.CLINICIAN),
        phq9WithItem9(2), true));
    return surgeon.call(() -> outcomes.alertsOfCase(caseId)).get(0);
  }

  @Test
  void theCareTeamSeesOpenAlertsUntilAcknowledged() throws Exception {
    String family = unique("Alert");
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(family)));
    CaseFile caseFile = surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of("physio"), null));
    long caseId = caseFile.getId();
    WorklistFilter mine = new WorklistFilter(family, null, null, null);

    SafetyAlert alert = raiseAlert(caseId);
    long withOne = database.statementsDuring(() -> surgeon.call(() ->
        worklists.page(Worklist.SAFETY_ALERTS, new WorklistFilter(), 0, 25, null, false)));
    WorklistPage forSurgeon = surgeon.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false));
    assertEquals(1, forSurgeon.total());
    assertEquals(caseId, forSurgeon.rows().get(0).caseId());
    assertTrue(forSurgeon.rows().get(0).status().startsWith("Safety alert"), forSurgeon.rows().get(0).status());
    assertTrue(surgeon.call(() -> worklists.counts()).get(Worklist.SAFETY_ALERTS) >= 1);
    assertEquals(1, physio.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false)).total());

    // outside the care team: not on the list; the coordinator has no such list and sees no score
    assertEquals(0, psychologist.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false)).total());
    assertFalse(coordinator.call(() -> worklists.counts()).containsKey(Worklist.SAFETY_ALERTS));
    assertRoleRefused(() -> coordinator.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false)));

    raiseAlert(caseId);
    long withTwo = database.statementsDuring(() -> surgeon.call(() ->
        worklists.page(Worklist.SAFETY_ALERTS, new WorklistFilter(), 0, 25, null, false)));
    assertEquals(withOne, withTwo);
    assertTrue(withOne <= 3, "rows + count + access log, was " + withOne);
    assertEquals(2, surgeon.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false)).total());

    surgeon.call(() -> outcomes.acknowledge(alert.getId(), alert.getVersion(), "Seen the same day; safe."));
    assertEquals(1, surgeon.call(() -> worklists.page(Worklist.SAFETY_ALERTS, mine, 0, 25, null, false)).total());
  }
}
