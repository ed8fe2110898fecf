package org.spinecase.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.outcome.Outcomes.answers;
import static org.spinecase.it.outcome.Outcomes.baseline;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;
import static org.spinecase.it.support.Refusals.assertRoleRefused;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeHistory;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.ReferralService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/** Recording outcome questionnaires inside WildFly: access, saving, scoring, alerts, history. */
@ExtendWith(ArquillianExtension.class)
class OutcomeServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(OutcomeServiceIT.class, Outcomes.class);
  }

  @EJB OutcomeService outcomes;
  @EJB ReferralService referrals;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsAdmin admin;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  /** A case led by the surgeon with the given team. */
  private CaseFile openCase(String... team) throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Outcome"))));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(team), "Seen at triage"));
  }

  @Test
  void theCareTeamRecordsAndReadsTheCoordinatorAndAdminCannotOutsidersFindNothing() throws Exception {
    CaseFile caseFile = openCase("physio", "psychologist", "painspecialist");
    long caseId = caseFile.getId();
    long patientId = caseFile.getPatient().getId();
    long bySurgeon = surgeon.call(() -> outcomes.submit(baseline(caseId, "NRS-BACK"), answers(6), true)).getId();
    long byPhysio = physio.call(() -> outcomes.submit(baseline(caseId, "NRS-BACK"), answers(5), true)).getId();
    long byPsychologist = psychologist.call(() -> outcomes.submit(baseline(caseId, "NRS-LEG"), answers(4), true)).getId();
    long byPain = painSpecialist.call(() -> outcomes.submit(baseline(caseId, "NRS-LEG"), answers(3), true)).getId();
    assertEquals(5.0, surgeon.call(() -> outcomes.get(byPhysio)).getTotal());
    assertEquals(4.0, physio.call(() -> outcomes.get(byPsychologist)).getTotal());
    assertEquals(3.0, psychologist.call(() -> outcomes.get(byPain)).getTotal());
    assertEquals(6.0, painSpecialist.call(() -> outcomes.get(bySurgeon)).getTotal());
    long responseId = physio.call(() -> outcomes.responsesOfCase(caseId)).get(0).getId();

    assertRoleRefused(() -> coordinator.call(() -> outcomes.get(responseId)));
    assertRoleRefused(() -> coordinator.call(() -> outcomes.submit(baseline(caseId, "ODI"), Map.of(), false)));
    assertRoleRefused(() -> coordinator.call(() -> outcomes.history(patientId)));
    assertRoleRefused(() -> admin.call(() -> outcomes.get(responseId)));
    assertRoleRefused(() -> admin.call(() -> outcomes.measureSetsOfCase(caseId)));
    assertRoleRefused(() -> admin.call(() -> outcomes.instruments("en")));
    assertEquals(1, coordinator.call(() -> outcomes.measureSetsOfCase(caseId)).size(), "due sets only");
    assertEquals(4, surgeon.call(() -> outcomes.history(patientId)).rows().size());

    CaseFile other = openCase();
    long otherCase = other.getId();
    assertNotFound(() -> physio.call(() -> outcomes.responsesOfCase(otherCase)));
    assertNotFound(() -> physio.call(() -> outcomes.submit(baseline(otherCase, "ODI"), Map.of(), false)));
    InstrumentResponse outsiders = surgeon.call(() -> outcomes.start(baseline(otherCase, "ODI")));
    assertNotFound(() -> physio.call(() -> outcomes.get(outsiders.getId())));
    assertNotFound(() -> physio.call(() -> outcomes.answer(outsiders.getId(), outsiders.getVersion(), answers(1))));
    assertEquals(0, physio.call(() -> outcomes.history(other.getPatient().getId())).rows().size());
    List<AccessLogEntry> log = database.accessLogFor("InstrumentResponse", outsiders.getId());
    assertTrue(log.stream().anyMatch(e -> e.getOutcome() == AccessOutcome.DENIED
        && "physio".equals(e.getUsername())), log.toString());
  }

  @Test
  void aPartialSaveIsKeptAndFinishingWaitsForEnoughOdiSections() throws Exception {
    long caseId = openCase().getId();
    InstrumentResponse started = surgeon.call(() -> outcomes.start(baseline(caseId, "ODI")));
    InstrumentResponse seven = surgeon.call(() ->
        outcomes.answer(started.getId(), started.getVersion(), answers(1, 2, 3, 1, 2, 3, 1)));
    assertEquals(ResponseStatus.IN_PROGRESS, seven.getStatus());
    assertNull(seven.getTotal());

    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        outcomes.finish(seven.getId(), seven.getVersion())));
    assertEquals("answers", refused.getViolations().get(0).field());
    assertTrue(refused.getMessage().contains("7 sections answered, 8 needed"), refused.getMessage());

    assertThrows(StaleRecordException.class, () -> surgeon.call(() ->
        outcomes.answer(started.getId(), started.getVersion(), Map.of(8, Set.of(0)))));
    // section 8 ticked twice on paper: both kept, the higher counts
    InstrumentResponse eight = surgeon.call(() ->
        outcomes.answer(seven.getId(), seven.getVersion(), Map.of(8, Set.of(1, 3))));
    InstrumentResponse finished = surgeon.call(() -> outcomes.finish(eight.getId(), eight.getVersion()));

    assertEquals(ResponseStatus.COMPLETE, finished.getStatus());
    assertEquals(16 * 100.0 / 40, finished.getTotal(), 1e-9);
    assertEquals("Moderate disability", finished.getBand());
    InstrumentResponse read = surgeon.call(() -> outcomes.get(finished.getId()));
    assertEquals(Set.of(1, 3), read.getAnswers().ticks(8));
    List<String> history = database.revisionUsers("instrument_response_aud", finished.getId());
    assertEquals(List.of("surgeon", "surgeon", "surgeon", "surgeon"), history);
  }

  @Test
  void phq9Item9RaisesOneAlertWhichATeamClinicianAcknowledgesWithANote() throws Exception {
    CaseFile caseFile = openCase("psychologist");
    long caseId = caseFile.getId();
    InstrumentResponse started = psychologist.call(() -> outcomes.start(baseline(caseId, "PHQ-9")));
    InstrumentResponse partial = psychologist.call(() ->
        outcomes.answer(started.getId(), started.getVersion(), Map.of(9, Set.of(1))));
    InstrumentResponse again = psychologist.call(() ->
        outcomes.answer(partial.getId(), partial.getVersion(), answers(0, 0, 1, 1, 0, 0, 0, 0, 2)));
    psychologist.call(() -> outcomes.finish(again.getId(), again.getVersion()));

    List<SafetyAlert> alerts = surgeon.call(() -> outcomes.alertsOfCase(caseId));
    assertEquals(1, alerts.size(), "one alert per response, however often saved");
    assertTrue(again.hasSafetyAlert());
    assertEquals(1, surgeon.call(() -> outcomes.openAlertCount(caseId)));
    assertEquals(1, coordinator.call(() -> outcomes.openAlertCount(caseId)), "the banner shows for the coordinator");
    assertEquals(0, physio.call(() -> outcomes.openAlertCount(caseId)), "not visible, no banner");

    SafetyAlert alert = alerts.get(0);
    InvalidInputException noNote = assertThrows(InvalidInputException.class, () -> psychologist.call(() ->
        outcomes.acknowledge(alert.getId(), alert.getVersion(), " ")));
    assertEquals("note", noNote.getViolations().get(0).field());
    assertNotFound(() -> physio.call(() -> outcomes.acknowledge(alert.getId(), alert.getVersion(), "Called")));
    SafetyAlert done = psychologist.call(() ->
        outcomes.acknowledge(alert.getId(), alert.getVersion(), "Phoned the patient; safety plan agreed."));
    assertTrue(!done.isOpen());
    assertEquals("psychologist", done.getAcknowledgedBy());
    assertEquals(0, surgeon.call(() -> outcomes.openAlertCount(caseId)));
    assertThrows(StaleRecordException.class, () -> psychologist.call(() ->
        outcomes.acknowledge(alert.getId(), alert.getVersion(), "Twice")));
  }

  @Test
  void gad7OfTenIsFlaggedAndLoincCodesAreStored() throws Exception {
    long caseId = openCase().getId();
    InstrumentResponse gad = surgeon.call(() ->
        outcomes.submit(baseline(caseId, "GAD-7"), answers(1, 1, 1, 1, 2, 2, 2), true));
    assertEquals(10.0, gad.getTotal());
    assertEquals(Set.of(Flag.ANXIETY_EVALUATION), gad.getFlags());

    List<Object[]> stored = database.rows(
        "select loinc_panel, loinc_total, flags from instrument_response where id = ?1", gad.getId());
    assertEquals("69737-5", stored.get(0)[0]);
    assertEquals("70274-6", stored.get(0)[1]);
    assertEquals("ANXIETY_EVALUATION", stored.get(0)[2]);
    List<Object[]> score = database.rows(
        "select name, loinc from instrument_score where response_id = ?1", gad.getId());
    assertEquals(1, score.size());
    assertEquals("total", score.get(0)[0]);
    assertEquals("70274-6", score.get(0)[1]);

    InstrumentResponse start = surgeon.call(() ->
        outcomes.submit(baseline(caseId, "STarT-Back"), answers(1, 1, 0, 0, 1, 1, 1, 1, 0), true));
    List<Object[]> startScores = database.rows(
        "select name, loinc from instrument_score where response_id = ?1 order by name", start.getId());
    assertEquals("distress", startScores.get(0)[0]);
    assertEquals("91350-9", startScores.get(0)[1]);
    assertEquals("91351-7", startScores.get(1)[1]);
  }

  @Test
  void aResponseEnteredInErrorPutsItsInstrumentBackIntoTheSet() throws Exception {
    long caseId = openCase().getId();
    InstrumentResponse odi = surgeon.call(() ->
        outcomes.submit(baseline(caseId, "ODI"), answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), true));
    MeasureSet set = baselineOf(caseId);
    assertTrue(!set.getOutstanding().contains("ODI"), set.getOutstanding().toString());

    InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        outcomes.markEnteredInError(odi.getId(), odi.getVersion(), null)));
    assertEquals("reason", noReason.getViolations().get(0).field());
    InstrumentResponse inError = surgeon.call(() ->
        outcomes.markEnteredInError(odi.getId(), odi.getVersion(), "Answers of another patient"));

    assertEquals(ResponseStatus.ENTERED_IN_ERROR, inError.getStatus());
    assertTrue(baselineOf(caseId).getOutstanding().contains("ODI"));
    assertEquals(0, surgeon.call(() -> outcomes.history(inError.getPatient().getId())).rows().size());
  }

  @Test
  void theHistoryCostsTheSameStatementsWithOneOrTwentyResponses() throws Exception {
    CaseFile one = openCase();
    long oneCase = one.getId();
    surgeon.call(() -> outcomes.submit(baseline(oneCase, "NRS-LEG"), answers(3), true));
    long patientOne = one.getPatient().getId();
    long forOne = database.statementsDuring(() -> surgeon.call(() -> outcomes.history(patientOne)));

    CaseFile many = openCase();
    long manyCase = many.getId();
    for (int i = 0; i < 10; i++) {
      int back = i;
      surgeon.call(() -> outcomes.submit(baseline(manyCase, "NRS-BACK"), answers(back), true));
      surgeon.call(() -> outcomes.submit(baseline(manyCase, "STarT-Back"), answers(1, 1, 0, 0, 1, 1, 1, 1, 0), true));
    }
    long patientMany = many.getPatient().getId();
    long forTwenty = database.statementsDuring(() -> surgeon.call(() -> outcomes.history(patientMany)));
    OutcomeHistory history = surgeon.call(() -> outcomes.history(patientMany));

    assertEquals(forOne, forTwenty);
    assertTrue(forOne <= 5, "grant, responses, subscales, treatment starts, log; was " + forOne);
    assertEquals(20, history.rows().size());
    assertTrue(history.rows().stream().anyMatch(r -> "Distress 4".equals(r.subscales())), history.rows().toString());
  }

  private MeasureSet baselineOf(long caseId) throws Exception {
    return surgeon.call(() -> outcomes.measureSetsOfCase(caseId)).stream()
        .filter(s -> s.getTimePoint() == TimePoint.BASELINE).findFirst().orElseThrow();
  }
}
