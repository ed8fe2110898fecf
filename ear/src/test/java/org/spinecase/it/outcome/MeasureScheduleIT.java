package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.outcome.Outcomes.answers;
import static org.spinecase.it.outcome.Outcomes.baseline;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertRoleRefused;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.CaseService;
import org.spinecase.application.InstrumentForm;
import org.spinecase.application.InstrumentTextService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.WorkupService;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.application.MeasureScheduleService;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.ReferralService;
import org.spinecase.application.SuppliedText;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/** Measure sets from the schedule at case opening and treatment start; the admin's reference data. */
@ExtendWith(ArquillianExtension.class)
class MeasureScheduleIT {

  private static final List<String> BASELINE =
      List.of("NRS-BACK", "NRS-LEG", "ODI", "PHQ-9", "GAD-7", "PCS", "STarT-Back", "EQ-5D-5L");
  private static final List<String> FOLLOW_UP = List.of("NRS-BACK", "NRS-LEG", "ODI", "EQ-5D-5L", "PHQ-9");

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(MeasureScheduleIT.class, Outcomes.class);
  }

  @EJB MeasureScheduleService schedule;
  @EJB InstrumentTextService texts;
  @EJB OutcomeService outcomes;
  @EJB CaseService cases;
  @EJB WorkupService workups;
  @EJB ReferralService referrals;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsAdmin admin;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  private CaseFile openCase() throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Schedule"))));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(), "Seen at triage"));
  }

  @Test
  void aCaseOpensWithItsBaselineSetAndCompletingItClosesIt() throws Exception {
    long caseId = openCase().getId();
    List<MeasureSet> sets = coordinator.call(() -> outcomes.measureSetsOfCase(caseId));

    assertEquals(1, sets.size());
    MeasureSet set = sets.get(0);
    assertEquals(TimePoint.BASELINE, set.getTimePoint());
    assertEquals(LocalDate.now(), set.getDueOn());
    assertEquals(LocalDate.now().plusDays(14), set.getOverdueOn());
    assertEquals(BASELINE, set.getOutstanding());

    surgeon.call(() -> outcomes.submit(baseline(caseId, "NRS-BACK"), answers(5), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "NRS-LEG"), answers(5), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "ODI"), answers(1, 1, 1, 1, 1, 1, 1, 1), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "PHQ-9"), answers(0, 0, 0, 0, 0, 0, 0, 0, 0), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "GAD-7"), answers(0, 0, 0, 0, 0, 0, 0), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "PCS"), answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "STarT-Back"), answers(0, 0, 0, 0, 0, 0, 0, 0, 0), true));
    surgeon.call(() -> outcomes.submit(baseline(caseId, "EQ-5D-5L"), answers(1, 1, 2, 2, 1, 75), true));

    MeasureSet done = surgeon.call(() -> outcomes.measureSetsOfCase(caseId)).get(0);
    assertEquals(MeasureSetStatus.DONE, done.getStatus());
    assertEquals(List.of(), done.getOutstanding());
  }

  @Test
  void startingTreatmentSchedulesTheFollowUpsFromThatDay() throws Exception {
    CaseFile opened = openCase();
    long id = opened.getId();
    SignedWorkups.sign(surgeon::call, workups, id);
    CaseFile current = surgeon.call(() -> cases.get(id));
    for (CareCommand command : List.of(CareCommand.RECORD_MDT_DECISION,
        CareCommand.AGREE_PLAN, CareCommand.START_TREATMENT)) {
      long version = current.getVersion();
      current = surgeon.call(() -> cases.apply(id, version, command, "Reason to " + command.label()));
    }
    List<MeasureSet> sets = surgeon.call(() -> outcomes.measureSetsOfCase(id));

    assertEquals(List.of(TimePoint.BASELINE, TimePoint.MONTH_3, TimePoint.MONTH_6, TimePoint.MONTH_12),
        sets.stream().map(MeasureSet::getTimePoint).toList());
    LocalDate today = LocalDate.now();
    assertEquals(today.plusMonths(3), sets.get(1).getDueOn());
    assertEquals(today.plusMonths(3).plusDays(28), sets.get(1).getOverdueOn());
    assertEquals(today.plusMonths(6), sets.get(2).getDueOn());
    assertEquals(today.plusMonths(12), sets.get(3).getDueOn());
    assertEquals(FOLLOW_UP, sets.get(3).getOutstanding());
  }

  @Test
  void everyoneReadsTheScheduleOnlyTheAdministratorChangesItAndNewSetsFollow() throws Exception {
    Map<TimePoint, List<String>> seeded = admin.call(() -> schedule.schedule());
    assertEquals(BASELINE, seeded.get(TimePoint.BASELINE));
    assertEquals(FOLLOW_UP, coordinator.call(() -> schedule.schedule()).get(TimePoint.MONTH_6));
    assertRoleRefused(() -> coordinator.call(() -> { schedule.replace(TimePoint.BASELINE, List.of("ODI")); return null; }));
    assertEquals("instruments", assertThrows(InvalidInputException.class, () -> admin.call(() -> {
      schedule.replace(TimePoint.BASELINE, List.of("ODI", "SF-36")); return null; })).getViolations().get(0).field());
    assertEquals("timePoint", assertThrows(InvalidInputException.class, () -> admin.call(() -> {
      schedule.replace(TimePoint.UNSCHEDULED, List.of("ODI")); return null; })).getViolations().get(0).field());

    try {
      admin.call(() -> { schedule.replace(TimePoint.BASELINE, List.of("ODI", "NRS-BACK")); return null; });
      long caseId = openCase().getId();
      assertEquals(List.of("ODI", "NRS-BACK"),
          surgeon.call(() -> outcomes.measureSetsOfCase(caseId)).get(0).getOutstanding());
    } finally {
      admin.call(() -> { schedule.replace(TimePoint.BASELINE, BASELINE); return null; });
    }
  }

  @Test
  void theAdministratorSuppliesLicensedTextButNotForFreeInstruments() throws Exception {
    String language = "zz";
    int stored = admin.call(() -> texts.supply("ODI", language, List.of(
        new SuppliedText(0, null, "Please answer every section."),
        new SuppliedText(1, null, "Pain intensity"),
        new SuppliedText(1, 0, "I have no pain at the moment"))));
    assertEquals(3, stored);

    InstrumentForm odi = surgeon.call(() -> outcomes.instruments(language)).stream()
        .filter(f -> f.code().equals("ODI")).findFirst().orElseThrow();
    assertEquals("Please answer every section.", odi.leadIn());
    assertEquals("Pain intensity", odi.items().get(0).label());
    assertEquals("I have no pain at the moment", odi.items().get(0).options().get(0).label());
    assertEquals("Answer option 1", odi.items().get(0).options().get(1).label());
    assertTrue(!odi.textSupplied(), "nine sections still neutral");

    assertEquals("instrument", assertThrows(InvalidInputException.class, () -> admin.call(() ->
        texts.supply("PHQ-9", language, List.of(new SuppliedText(1, null, "x"))))).getViolations().get(0).field());
    assertEquals("texts[0]", assertThrows(InvalidInputException.class, () -> admin.call(() ->
        texts.supply("ODI", language, List.of(new SuppliedText(11, null, "x"))))).getViolations().get(0).field());
    assertEquals("texts[1]", assertThrows(InvalidInputException.class, () -> admin.call(() ->
        texts.supply("ODI", language, List.of(new SuppliedText(1, null, "a"), new SuppliedText(1, 6, "b")))))
        .getViolations().get(0).field());
    assertRoleRefused(() -> surgeon.call(() -> texts.supply("ODI", language, List.of())));
    assertEquals(1, admin.call(() -> texts.supply("ODI", language, List.of(new SuppliedText(2, null, "Personal care")))),
        "a new upload replaces the old one");
  }
}
