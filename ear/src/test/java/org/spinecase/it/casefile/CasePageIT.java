package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;

import jakarta.ejb.EJB;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.CasePage;
import org.spinecase.application.CasePages;
import org.spinecase.application.CaseService;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.WorkupService;
import org.spinecase.application.ReferralService;
import org.spinecase.application.ResponseStart;
import org.spinecase.application.TimelineEntry;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/**
 * The case page's one read: a fixed number of statements and exactly one access-log entry per view,
 * whatever the case holds; the timeline names each step and shows questionnaires and alerts as the
 * reader's role allows; the overview gets the MDT decision's text.
 */
@ExtendWith(ArquillianExtension.class)
class CasePageIT {

  private static final String MDT_TEXT = "SCS trial recommended; revision surgery not indicated.";

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(CasePageIT.class);
  }

  @EJB CasePages pages;
  @EJB CaseService cases;
  @EJB WorkupService workups;
  @EJB OutcomeService outcomes;
  @EJB ReferralService referrals;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  private CaseFile openCase(String... team) throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Page"))));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(team), "Seen at triage"));
  }

  private static Map<Integer, Set<Integer>> answers(int... values) {
    Map<Integer, Set<Integer>> answers = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(i + 1, Set.of(values[i]));
    }
    return answers;
  }

  private void submit(long caseId, String instrument, int... values) throws Exception {
    surgeon.call(() -> outcomes.submit(
        new ResponseStart(caseId, instrument, TimePoint.BASELINE, null, null, "en", EntryMode.CLINICIAN),
        answers(values), true));
  }

  private CaseFile step(CaseFile caseFile, CareCommand command, String reason) throws Exception {
    return surgeon.call(() -> cases.apply(caseFile.getId(), caseFile.getVersion(), command, reason));
  }

  private List<AccessLogEntry> newLogRows(long patientId, int before) {
    List<AccessLogEntry> all = database.accessLogForPatient(patientId);
    return all.subList(before, all.size());
  }

  @Test
  void onePageViewCostsFixedStatementsAndOneAccessLogRow() throws Exception {
    CaseFile small = openCase();
    long smallId = small.getId();
    // both cases carry a signed workup (its sections, one study): what differs is the team,
    // the responses and the alerts
    SignedWorkups.sign(surgeon::call, workups, smallId);
    int smallLog = database.accessLogForPatient(small.getPatient().getId()).size();
    long forSmall = database.statementsDuring(() -> surgeon.call(() -> pages.page(smallId)));
    List<AccessLogEntry> smallRows = newLogRows(small.getPatient().getId(), smallLog);

    CaseFile large = openCase("physio", "psychologist", "painspecialist", "drmulti");
    long largeId = large.getId();
    submit(largeId, "PHQ-9", 1, 1, 1, 1, 1, 1, 1, 1, 1);
    submit(largeId, "PHQ-9", 2, 2, 1, 1, 1, 1, 1, 1, 2);
    submit(largeId, "ODI", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    SignedWorkups.sign(surgeon::call, workups, largeId);
    long patientId = large.getPatient().getId();
    int largeLog = database.accessLogForPatient(patientId).size();
    long forLarge = database.statementsDuring(() -> surgeon.call(() -> pages.page(largeId)));
    List<AccessLogEntry> largeRows = newLogRows(patientId, largeLog);

    Logger.getLogger(CasePageIT.class.getName()).info(() -> "Case page view: " + forSmall
        + " statements (small case, one clinician), " + forLarge + " (team of 5, 3 responses, 2 alerts); access-log rows "
        + smallRows.size() + " and " + largeRows.size());
    assertEquals(forSmall, forLarge, "statements must not grow with the case");
    assertTrue(forLarge <= 14, "statements per case page view: " + forLarge);
    for (List<AccessLogEntry> rows : List.of(smallRows, largeRows)) {
      assertEquals(1, rows.size(), rows.toString());
      assertEquals("CaseFile", rows.get(0).getRecordType());
    }
    assertEquals(largeId, largeRows.get(0).getRecordId());
  }

  @Test
  void timelineNamesEachStepAndShowsScoresAndAlertsByRole() throws Exception {
    CaseFile opened = openCase("physio");
    long caseId = opened.getId();
    submit(caseId, "ODI", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    submit(caseId, "PHQ-9", 1, 1, 1, 1, 1, 1, 1, 1, 1);
    SignedWorkups.sign(surgeon::call, workups, caseId);
    CaseFile ready = surgeon.call(() -> cases.get(caseId));
    CaseFile decided = step(ready, CareCommand.RECORD_MDT_DECISION, MDT_TEXT);
    CaseFile agreed = step(decided, CareCommand.AGREE_PLAN, null);
    CaseFile treated = step(agreed, CareCommand.START_TREATMENT, null);
    step(treated, CareCommand.START_FOLLOW_UP, null);
    SafetyAlert alert = surgeon.call(() -> pages.page(caseId)).alerts().get(0);
    surgeon.call(() -> outcomes.acknowledge(alert.getId(), alert.getVersion(), "Called the patient; safety plan agreed."));

    CasePage forSurgeon = surgeon.call(() -> pages.page(caseId));
    List<String> whats = forSurgeon.timeline().stream().map(TimelineEntry::what).toList();
    assertTrue(whats.containsAll(List.of("REFERRAL_ACCEPTED", "TO_READY_FOR_MDT", "TO_MDT_DECIDED", "TO_PLAN_AGREED",
        "TO_IN_TREATMENT", "TO_FOLLOW_UP", "OUTCOME_SCORED", "ALERT_RAISED_ITEM9", "ALERT_ACKNOWLEDGED")), whats.toString());
    assertTrue(!whats.contains("STATUS_CHANGED"), whats.toString());
    assertEquals("ALERT_ACKNOWLEDGED", whats.get(0), "newest first: " + whats);
    assertTrue(whats.indexOf("TO_FOLLOW_UP") < whats.indexOf("TO_IN_TREATMENT"), "newest first: " + whats);
    TimelineEntry odi = entry(forSurgeon, "OUTCOME_SCORED", "ODI");
    assertEquals(40.0, odi.score());
    assertEquals("Called the patient; safety plan agreed.", entry(forSurgeon, "ALERT_ACKNOWLEDGED", null).note());
    assertEquals(MDT_TEXT, forSurgeon.mdtDecision().note());
    assertEquals(0, forSurgeon.banner().openSafetyAlerts());

    // the coordinator sees that it happened, never a score, the alert's question or the note
    CasePage forCoordinator = coordinator.call(() -> pages.page(caseId));
    List<String> coordinatorWhats = forCoordinator.timeline().stream().map(TimelineEntry::what).toList();
    assertTrue(coordinatorWhats.containsAll(List.of("OUTCOME_COMPLETED", "ALERT_RAISED", "ALERT_ACKNOWLEDGED")),
        coordinatorWhats.toString());
    assertTrue(forCoordinator.timeline().stream().allMatch(e -> e.score() == null), coordinatorWhats.toString());
    assertNull(entry(forCoordinator, "ALERT_ACKNOWLEDGED", null).note());
    assertTrue(forCoordinator.responses().isEmpty());
    assertTrue(forCoordinator.alerts().isEmpty());
    assertEquals(MDT_TEXT, forCoordinator.mdtDecision().note());
  }

  private static TimelineEntry entry(CasePage page, String what, String subject) {
    return page.timeline().stream()
        .filter(e -> e.what().equals(what) && (subject == null || subject.equals(e.subject())))
        .findFirst().orElseThrow(() -> new AssertionError("no " + what + " in " + page.timeline()));
  }
}
