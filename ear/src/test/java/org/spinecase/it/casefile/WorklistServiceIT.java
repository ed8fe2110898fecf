package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertRoleRefused;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.CaseService;
import org.spinecase.application.ReferralForm;
import org.spinecase.application.ReferralService;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistPage;
import org.spinecase.application.WorklistRow;
import org.spinecase.application.WorklistService;
import org.spinecase.application.WorklistSort;
import org.spinecase.application.WorkupService;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsDrMulti;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.BulkCases;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/** The worklists inside WildFly: who sees which rows, red flags first, SQL cost flat. */
@ExtendWith(ArquillianExtension.class)
class WorklistServiceIT {

  private static final Logger LOG = Logger.getLogger(WorklistServiceIT.class.getName());

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(WorklistServiceIT.class);
  }

  @EJB WorklistService worklists;
  @EJB ReferralService referrals;
  @EJB CaseService cases;
  @EJB WorkupService workups;
  @EJB BulkCases bulk;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsAdmin admin;
  @EJB AsDrMulti drMulti;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  private static WorklistFilter text(String text) {
    return new WorklistFilter(text, null, null, null);
  }

  @Test
  void aPageCostsTheSameFewStatementsWithTenOrAThousandCases() throws Exception {
    String ten = bulk.create(10, "drmulti", "Jonas Becker-Holt");
    WorklistPage tenPage = drMulti.call(() -> worklists.page(Worklist.MY_CASES, text(ten), 0, 25, WorklistSort.WAITING, false));
    assertEquals(10, tenPage.total());
    long withTen = database.statementsDuring(() -> drMulti.call(() ->
        worklists.page(Worklist.MY_CASES, new WorklistFilter(), 0, 25, WorklistSort.PATIENT, true)));

    long started = System.nanoTime();
    String thousand = bulk.create(1000, "drmulti", "Jonas Becker-Holt");
    long bulkMillis = (System.nanoTime() - started) / 1_000_000;
    long withThousand = database.statementsDuring(() -> drMulti.call(() ->
        worklists.page(Worklist.MY_CASES, new WorklistFilter(), 0, 25, WorklistSort.PATIENT, true)));
    WorklistPage thousandPage = drMulti.call(() ->
        worklists.page(Worklist.MY_CASES, text(thousand), 975, 25, WorklistSort.WAITING, false));
    long countsStatements = database.statementsDuring(() -> drMulti.call(() -> worklists.counts()));

    LOG.info(() -> "worklist page statements: " + withTen + " with 10 cases, " + withThousand
        + " with 1,010; counts: " + countsStatements + "; 1,000 cases inserted in " + bulkMillis + " ms");
    assertEquals(withTen, withThousand);
    assertTrue(withTen <= 3, "rows + count + access log, was " + withTen);
    assertEquals(1000, thousandPage.total());
    assertEquals(25, thousandPage.rows().size(), "the last page, paged in SQL");
    assertEquals(6, countsStatements, "one count per list of a surgeon and pain specialist (with safety alerts)");
  }

  @Test
  void redFlagsComeFirstWhateverTheSortAndFilter() throws Exception {
    String prefix = unique("Queue");
    ReferralForm routine = ReferralForms.routine(prefix + "a");
    routine.setReceivedOn(LocalDate.now().minusDays(20));
    coordinator.call(() -> referrals.receive(routine));
    coordinator.call(() -> referrals.receive(ReferralForms.redFlag(prefix + "b", RedFlag.INFECTION_SIGNS)));
    ReferralForm urgent = ReferralForms.routine(prefix + "c");
    urgent.setUrgency(org.spinecase.domain.model.referral.Urgency.URGENT);
    coordinator.call(() -> referrals.receive(urgent));

    for (WorklistSort sort : WorklistSort.values()) {
      for (boolean ascending : List.of(true, false)) {
        WorklistPage intake = coordinator.call(() -> worklists.page(Worklist.NEW_REFERRALS, text(prefix), 0, 10, sort, ascending));
        WorklistPage triage = surgeon.call(() -> worklists.page(Worklist.TRIAGE_QUEUE, text(prefix), 0, 10, sort, ascending));
        for (WorklistPage page : List.of(intake, triage)) {
          assertEquals(3, page.total());
          assertTrue(page.rows().get(0).redFlag(), sort + " " + ascending + ": " + page.rows());
          assertFalse(page.rows().get(1).redFlag());
        }
      }
    }
    WorklistPage longestFirst = surgeon.call(() ->
        worklists.page(Worklist.TRIAGE_QUEUE, text(prefix), 0, 10, WorklistSort.WAITING, false));
    assertEquals(20, longestFirst.rows().get(1).waitingDays(), "after the red flag, who waited longest");
    WorklistPage onlyRed = surgeon.call(() ->
        worklists.page(Worklist.TRIAGE_QUEUE, new WorklistFilter(prefix, null, null, true), 0, 10, null, false));
    assertEquals(1, onlyRed.total());
  }

  @Test
  void eachListHoldsWhatItsRolesWorkOn() throws Exception {
    assertEquals(List.of(Worklist.NEW_REFERRALS, Worklist.AWAITING_INFORMATION, Worklist.OVERDUE_TRIAGE,
            Worklist.MEASURES_DUE, Worklist.STUDIES_OUTSTANDING),
        List.copyOf(coordinator.call(() -> worklists.counts()).keySet()));
    assertEquals(List.of(Worklist.TEAM_CASES, Worklist.MEASURES_DUE, Worklist.SAFETY_ALERTS),
        List.copyOf(physio.call(() -> worklists.counts()).keySet()));
    assertRoleRefused(() -> physio.call(() -> worklists.page(Worklist.TRIAGE_QUEUE, null, 0, 10, null, false)));
    assertRoleRefused(() -> surgeon.call(() -> worklists.page(Worklist.NEW_REFERRALS, null, 0, 10, null, false)));
    assertRoleRefused(() -> admin.call(() -> worklists.counts()));

    String family = unique("Listed");
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(family)));
    CaseFile caseFile = surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of("physio"), null));

    List<WorklistRow> team = physio.call(() ->
        worklists.page(Worklist.TEAM_CASES, text(family), 0, 10, null, false)).rows();
    assertEquals(1, team.size());
    assertEquals(caseFile.getId(), team.get(0).caseId());
    assertEquals("Elena Varga", team.get(0).leadName());
    assertEquals("Workup in progress", team.get(0).status());
    assertEquals(0, psychologist.call(() -> worklists.page(Worklist.TEAM_CASES, text(family), 0, 10, null, false)).total());
    assertEquals(1, surgeon.call(() -> worklists.page(Worklist.MY_CASES, text(family), 0, 10, null, false)).total());
    assertEquals(0, drMulti.call(() -> worklists.page(Worklist.MY_CASES, text(family), 0, 10, null, false)).total());

    SignedWorkups.sign(surgeon::call, workups, caseFile.getId());
    assertEquals(1, surgeon.call(() -> worklists.page(Worklist.READY_FOR_MDT, text(family), 0, 10, null, false)).total());
    assertEquals(0, surgeon.call(() -> worklists.page(Worklist.MY_CASES,
        new WorklistFilter(family, CaseStatus.CLOSED, null, null), 0, 10, null, false)).total());
  }

  @Test
  void overdueTriageAndOverdueInformationAreFlagged() throws Exception {
    String family = unique("Overdue");
    ReferralForm old = ReferralForms.routine(family);
    old.setReceivedOn(LocalDate.now().minusDays(10));
    Referral late = coordinator.call(() -> referrals.receive(old));

    List<WorklistRow> overdue = coordinator.call(() ->
        worklists.page(Worklist.OVERDUE_TRIAGE, text(family), 0, 10, WorklistSort.DUE_ON, true)).rows();
    assertEquals(1, overdue.size());
    assertEquals(late.getId(), overdue.get(0).referralId());
    assertNull(overdue.get(0).caseId());
    assertEquals(10, overdue.get(0).waitingDays());
    assertTrue(overdue.get(0).overdue());
    assertEquals(LocalDate.now().minusDays(5), overdue.get(0).dueOn());

    LocalDate due = LocalDate.now().plusDays(3);
    surgeon.call(() -> referrals.requestInformation(late.getId(), late.getVersion(), "Operation note", due));
    assertEquals(0, coordinator.call(() -> worklists.page(Worklist.OVERDUE_TRIAGE, text(family), 0, 10, null, false)).total());
    List<WorklistRow> waiting = coordinator.call(() ->
        worklists.page(Worklist.AWAITING_INFORMATION, text(family), 0, 10, WorklistSort.DUE_ON, true)).rows();
    assertEquals(due, waiting.get(0).dueOn());
    assertFalse(waiting.get(0).overdue());
    assertEquals(0, waiting.get(0).waitingDays());
    Map<Worklist, Long> counts = coordinator.call(() -> worklists.counts());
    assertTrue(counts.get(Worklist.AWAITING_INFORMATION) >= 1);
  }
}
