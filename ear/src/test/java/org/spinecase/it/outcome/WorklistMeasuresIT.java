package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.ReferralForm;
import org.spinecase.application.ReferralService;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistPage;
import org.spinecase.application.WorklistRow;
import org.spinecase.application.WorklistService;
import org.spinecase.application.WorklistSort;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
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

/** The measures-due worklist: who sees which sets, overdue chips, and its fixed statement count. */
@ExtendWith(ArquillianExtension.class)
class WorklistMeasuresIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(WorklistMeasuresIT.class);
  }

  @EJB WorklistService worklists;
  @EJB ReferralService referrals;
  @EJB BulkCases bulk;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsDrMulti drMulti;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  private CaseFile openCase(ReferralForm form, String... team) throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(form));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(team), "Seen at triage"));
  }

  private static WorklistFilter text(String text) {
    return new WorklistFilter(text, null, null, null);
  }

  private Callable<WorklistPage> page(String family) {
    return () -> worklists.page(Worklist.MEASURES_DUE, text(family), 0, 25, WorklistSort.DUE_ON, true);
  }

  @Test
  void theCoordinatorSeesEveryCasesSetsCliniciansTheirTeamsRedFlagsFirst() throws Exception {
    String family = unique("Measures");
    CaseFile routine = openCase(ReferralForms.routine(family + "a"), "physio");
    CaseFile urgent = openCase(ReferralForms.redFlag(family + "b", RedFlag.CAUDA_EQUINA));
    database.ageMeasureSets(routine.getId(), 20);

    WorklistPage all = coordinator.call(page(family));
    assertEquals(2, all.total());
    WorklistRow first = all.rows().get(0);
    assertEquals(urgent.getId(), first.caseId(), "red flags first");
    assertTrue(first.status().startsWith("Baseline: NRS-BACK, NRS-LEG, ODI"), first.status());
    assertEquals(LocalDate.now(), first.dueOn());
    assertTrue(!first.overdue());
    WorklistRow aged = all.rows().get(1);
    assertEquals(LocalDate.now().minusDays(20), aged.dueOn());
    assertTrue(aged.overdue(), "20 days after a baseline was due");

    assertEquals(2, surgeon.call(page(family)).total(), "the lead of both");
    assertEquals(List.of(routine.getId()), physio.call(page(family)).rows().stream().map(WorklistRow::caseId).toList());
    assertEquals(0, psychologist.call(page(family)).total());
    assertTrue(Worklist.forRoles(Set.of("coordinator")).contains(Worklist.MEASURES_DUE));
    assertTrue(!Worklist.forRoles(Set.of("admin")).contains(Worklist.MEASURES_DUE));
  }

  @Test
  void aPageCostsTheSameStatementsWithFewOrManyCases() throws Exception {
    String few = bulk.create(5, "drmulti", "Jonas Becker-Holt");
    bulk.baselines(few);
    long withFew = database.statementsDuring(() -> drMulti.call(() ->
        worklists.page(Worklist.MEASURES_DUE, new WorklistFilter(), 0, 25, WorklistSort.DUE_ON, true)));
    long coordinatorFew = database.statementsDuring(() -> coordinator.call(() ->
        worklists.page(Worklist.MEASURES_DUE, new WorklistFilter(), 0, 25, WorklistSort.DUE_ON, true)));

    String many = bulk.create(300, "drmulti", "Jonas Becker-Holt");
    bulk.baselines(many);
    long withMany = database.statementsDuring(() -> drMulti.call(() ->
        worklists.page(Worklist.MEASURES_DUE, new WorklistFilter(), 0, 25, WorklistSort.DUE_ON, true)));
    long coordinatorMany = database.statementsDuring(() -> coordinator.call(() ->
        worklists.page(Worklist.MEASURES_DUE, new WorklistFilter(), 0, 25, WorklistSort.DUE_ON, true)));
    WorklistPage manyPage = drMulti.call(() ->
        worklists.page(Worklist.MEASURES_DUE, text(many), 0, 25, WorklistSort.DUE_ON, true));

    assertEquals(withFew, withMany);
    assertEquals(coordinatorFew, coordinatorMany);
    assertTrue(withFew <= 3, "rows + count + access log, was " + withFew);
    assertEquals(300, manyPage.total());
    assertEquals(25, manyPage.rows().size());
    assertTrue(manyPage.rows().stream().noneMatch(WorklistRow::overdue), "overdue only from day 14");
  }
}
