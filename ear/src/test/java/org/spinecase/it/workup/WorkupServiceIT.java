package org.spinecase.it.workup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;
import static org.spinecase.it.support.Refusals.assertRoleRefused;
import static org.spinecase.it.support.Refusals.assertTransitionRefused;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.DocumentDownload;
import org.spinecase.application.DocumentUpload;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.ReferralService;
import org.spinecase.application.ResponseStart;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistService;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupSummary;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.IllegalTransitionException.Refusal;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.StudyStatus;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SampleDocuments;
import org.spinecase.it.support.SignIn;

/**
 * The second-opinion workup inside WildFly: who may read and write which section, versions per
 * section, red flags, signing and addenda, reports, the summary and its PDF, and the fixed number
 * of statements the page costs.
 */
@ExtendWith(ArquillianExtension.class)
class WorkupServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(WorkupServiceIT.class, Workups.class);
  }

  @EJB WorkupService workups;
  @EJB ReferralService referrals;
  @EJB OutcomeService outcomes;
  @EJB BreakGlassService breakGlass;
  @EJB WorklistService worklists;
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

  private CaseFile openCaseOf(String family, String... team) throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(family)));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(team), "Seen at triage"));
  }

  private CaseFile openCase(String... team) throws Exception {
    return openCaseOf(unique("Workup"), team);
  }

  private static SectionState section(WorkupView view, WorkupSection section) {
    return view.section(section).orElseThrow(() -> new AssertionError(section + " not shown"));
  }

  private static long version(WorkupView view, WorkupSection section) {
    return section(view, section).version();
  }

  private String caseStatus(long caseId) {
    return (String) database.column("select status from case_file where id = ?1", caseId).get(0);
  }

  private List<String> events(long caseId) {
    return database
        .column("select e.kind || ':' || coalesce(e.to_status, '') || ':' || coalesce(e.note, '')"
            + " from case_event e join case_file c on c.referral_id = e.referral_id"
            + " where c.id = ?1 order by e.id", caseId)
        .stream().map(String::valueOf).toList();
  }

  @Test
  void eachDisciplineWritesItsOwnSectionsAndReadsTheRest() throws Exception {
    long caseId = openCase("physio", "psychologist", "painspecialist").getId();
    WorkupView empty = surgeon.call(() -> workups.view(caseId));
    assertNull(empty.workupId(), "nothing saved yet: an empty sheet");
    assertEquals(WorkupSection.values().length, empty.sections().size());
    assertTrue(empty.sections().stream().allMatch(s -> s.version() == -1));

    for (var content : List.of(Workups.history(), Workups.noRedFlags(), Workups.examination(),
        PsychosocialScreening.none(), Workups.recurrentDiscCause())) {
      surgeon.call(() -> workups.saveSection(caseId, content, -1));
    }
    surgeon.call(() -> workups.orderStudy(caseId, StudyType.CT, "L4-L5", LocalDate.now()));
    WorkupView byPain = painSpecialist.call(() ->
        workups.recordBlock(caseId, Workups.block(Map.of(ReadingTime.HOUR_1, 2))));
    painSpecialist.call(() -> workups.saveSection(caseId, Workups.history(),
        version(byPain, WorkupSection.HISTORY)));

    WorkupView physioView = physio.call(() -> workups.saveSection(caseId,
        new FunctionAndMovement(20, 30, "Walks 200 m."), -1));
    assertTrue(section(physioView, WorkupSection.FUNCTION_AND_MOVEMENT).mayWrite());
    assertFalse(section(physioView, WorkupSection.HISTORY).mayWrite());
    assertEquals(History.class, section(physioView, WorkupSection.HISTORY).content().getClass(),
        "the physiotherapist reads the clinical sections");
    long history = version(physioView, WorkupSection.HISTORY);
    assertTransitionRefused(Refusal.ROLE, () -> physio.call(() ->
        workups.saveSection(caseId, Workups.history(), history)));
    assertTransitionRefused(Refusal.ROLE, () -> physio.call(() ->
        workups.orderStudy(caseId, StudyType.CT, null, LocalDate.now())));
    assertTransitionRefused(Refusal.ROLE, () -> physio.call(() ->
        workups.recordBlock(caseId, Workups.block(Map.of()))));
    assertTransitionRefused(Refusal.ROLE, () -> physio.call(() ->
        workups.saveSection(caseId, new PsychologicalEvaluation("Not mine"), -1)));

    psychologist.call(() -> workups.saveSection(caseId, new PsychologicalEvaluation("Engaged."), -1));
    long exam = version(physioView, WorkupSection.EXAMINATION);
    assertTransitionRefused(Refusal.ROLE, () -> psychologist.call(() ->
        workups.saveSection(caseId, Workups.examination(), exam)));
    assertTransitionRefused(Refusal.ROLE, () -> psychologist.call(() ->
        workups.saveSection(caseId, new FunctionAndMovement(1, 1, "Not mine"), 0)));
    assertTransitionRefused(Refusal.ROLE, () -> surgeon.call(() ->
        workups.saveSection(caseId, new FunctionAndMovement(1, 1, "Not mine"), 0)));

    WorkupView forCoordinator = coordinator.call(() -> workups.view(caseId));
    assertEquals(List.of(WorkupSection.STUDIES),
        forCoordinator.sections().stream().map(SectionState::section).toList());
    assertEquals(1, forCoordinator.studies().size());
    assertTrue(forCoordinator.blocks().isEmpty());
    assertTrue(forCoordinator.psychosocialScores().isEmpty());
    assertFalse(forCoordinator.mayEdit());
    assertRoleRefused(() -> coordinator.call(() -> workups.saveSection(caseId, Workups.history(), history)));
    assertRoleRefused(() -> coordinator.call(() -> workups.orderStudy(caseId, StudyType.CT, null, LocalDate.now())));
    assertRoleRefused(() -> coordinator.call(() -> workups.summary(caseId, Locale.ENGLISH)));
    assertRoleRefused(() -> coordinator.call(() -> workups.sign(caseId)));
    assertRoleRefused(() -> admin.call(() -> workups.view(caseId)));
    assertRoleRefused(() -> admin.call(() -> workups.summaryPdf(caseId, Locale.ENGLISH)));
    assertRoleRefused(() -> physio.call(() -> workups.sign(caseId)));
    assertRoleRefused(() -> psychologist.call(() -> workups.sign(caseId)));
  }

  @Test
  void outsidersFindNothingAndABreakGlassReaderReadsButDoesNotWrite() throws Exception {
    CaseFile caseFile = openCase();
    long caseId = caseFile.getId();
    long workupId = surgeon.call(() -> workups.saveSection(caseId, Workups.history(), -1)).workupId();
    assertNotFound(() -> physio.call(() -> workups.view(caseId)));
    assertNotFound(() -> physio.call(() -> workups.summary(caseId, Locale.ENGLISH)));
    assertNotFound(() -> psychologist.call(() -> workups.saveSection(caseId, new PsychologicalEvaluation("x"), -1)));
    assertNotFound(() -> painSpecialist.call(() -> workups.view(caseId + 1_000_000)));
    List<AccessLogEntry> log = database.accessLogFor("Workup", workupId);
    assertTrue(log.stream().anyMatch(e -> e.getOutcome() == AccessOutcome.DENIED
        && "physio".equals(e.getUsername())), log.toString());

    psychologist.call(() -> breakGlass.breakGlass(caseFile.getPatient().getId(), "Urgent call from the ward"));
    WorkupView read = psychologist.call(() -> workups.view(caseId));
    assertEquals(History.class, section(read, WorkupSection.HISTORY).content().getClass());
    assertFalse(read.mayEdit());
    assertTrue(read.sections().stream().noneMatch(SectionState::mayWrite));
    assertTransitionRefused(Refusal.ROLE, () -> psychologist.call(() ->
        workups.saveSection(caseId, new PsychologicalEvaluation("Under break glass"), -1)));
  }

  @Test
  void aHalfDoneWorkupIsKeptEachSectionWithItsOwnVersion() throws Exception {
    long caseId = openCase("painspecialist").getId();
    WorkupView partial = surgeon.call(() -> workups.saveSection(caseId, History.builder().build(), -1));
    SectionState history = section(partial, WorkupSection.HISTORY);
    assertFalse(history.complete());
    assertTrue(history.missing().contains("pre-operative indication"), history.missing().toString());
    assertEquals("surgeon", history.savedBy());

    // another section meanwhile, by someone else: no clash
    painSpecialist.call(() -> workups.saveSection(caseId, Workups.noRedFlags(), -1));
    assertThrows(StaleRecordException.class, () -> surgeon.call(() ->
        workups.saveSection(caseId, Workups.history(), -1)));
    WorkupView done = surgeon.call(() ->
        workups.saveSection(caseId, Workups.history(), history.version()));
    assertTrue(section(done, WorkupSection.HISTORY).complete());
    assertTrue(section(done, WorkupSection.RED_FLAGS).complete());
    assertFalse(section(done, WorkupSection.EXAMINATION).complete());
    assertThrows(StaleRecordException.class, () -> painSpecialist.call(() ->
        workups.saveSection(caseId, Workups.history(), history.version())));

    WorkupView ordered = surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM, "L4-L5", LocalDate.now()));
    long studyVersion = ordered.study(1).orElseThrow().version();
    surgeon.call(() -> workups.resultStudy(caseId, 1, studyVersion, LocalDate.now(), Workups.recurrentDisc(), null));
    assertThrows(StaleRecordException.class, () -> surgeon.call(() ->
        workups.resultStudy(caseId, 1, studyVersion, LocalDate.now(), Workups.recurrentDisc(), null)));
    assertNotFound(() -> surgeon.call(() ->
        workups.resultStudy(caseId, 9, 0, LocalDate.now(), Workups.recurrentDisc(), null)));

    InvalidInputException wrongShape = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.CT, "L9-L4", LocalDate.now())));
    assertEquals("levels", wrongShape.getViolations().get(0).field());
    InvalidInputException noSuchStudy = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        workups.saveSection(caseId, Workups.recurrentDiscCause(7), -1)));
    assertEquals("evidence", noSuchStudy.getViolations().get(0).field());

    List<String> revisions = database.revisionUsers("workup_section_aud",
        ((Number) database.column("select s.id from workup_section s join workup w on w.id = s.workup_id"
            + " where w.case_file_id = ?1 and s.section = 'HISTORY'", caseId).get(0)).longValue());
    assertEquals(List.of("surgeon", "surgeon"), revisions);
    assertEquals(List.of("object"), database.column("select jsonb_typeof(s.content) from workup_section s"
        + " join workup w on w.id = s.workup_id where w.case_file_id = ?1 and s.section = 'HISTORY'", caseId),
        "stored as a JSON object, not as a string of JSON");
  }

  @Test
  void aPositiveRedFlagMarksTheCaseAtOnceWithATimelineEvent() throws Exception {
    long caseId = openCase().getId();
    assertEquals(Boolean.FALSE, database.column("select red_flag from case_file where id = ?1", caseId).get(0));
    WorkupView flagged = surgeon.call(() -> workups.saveSection(caseId, Workups.saddleAnaesthesia(), -1));
    assertEquals(List.of("Cauda equina syndrome signs").size(), flagged.redFlags().size());
    assertEquals(Boolean.TRUE, database.column("select red_flag from case_file where id = ?1", caseId).get(0));
    List<String> raised = events(caseId).stream().filter(e -> e.startsWith("RED_FLAG_RAISED")).toList();
    assertEquals(1, raised.size(), events(caseId).toString());
    assertTrue(raised.get(0).contains("Urgent plan needed"), raised.get(0));
    assertEquals(Boolean.FALSE, urgentPlanNeeded(caseId), "the plan came with the flag: none owed");

    surgeon.call(() -> workups.saveSection(caseId, Workups.saddleAnaesthesia(),
        version(flagged, WorkupSection.RED_FLAGS)));
    assertEquals(1, events(caseId).stream().filter(e -> e.startsWith("RED_FLAG_RAISED")).count(),
        "saving the same flags again raises nothing new");
  }

  /** The banner's "urgent plan needed" follows the red-flag section: owed without a plan, gone with it. */
  @Test
  void theUrgentPlanChipGoesOnceThePlanIsWritten() throws Exception {
    long caseId = openCase().getId();
    RedFlagChecklist positive = RedFlagChecklist.unanswered()
        .with(RedFlagSign.SADDLE_ANAESTHESIA, TestResult.POSITIVE).restNegative();
    WorkupView flagged = surgeon.call(() -> workups.saveSection(caseId, positive, -1));
    assertEquals(Boolean.TRUE, urgentPlanNeeded(caseId), "a positive sign without a plan");
    surgeon.call(() -> workups.saveSection(caseId, positive.withUrgentPlan("MRI today; on-call surgeon informed."),
        version(flagged, WorkupSection.RED_FLAGS)));
    assertEquals(Boolean.FALSE, urgentPlanNeeded(caseId), "the plan is written");
  }

  private Object urgentPlanNeeded(long caseId) {
    return database.column("select urgent_plan_needed from case_file where id = ?1", caseId).get(0);
  }

  @Test
  void signingNeedsTheRequiredSectionsThenTheCaseIsReadyForMdtAndOnlyAddendaFollow() throws Exception {
    long caseId = openCaseOf(unique("Signing"), "physio", "psychologist").getId();
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        workups.sign(caseId)));
    assertEquals(List.of("HISTORY", "RED_FLAGS", "EXAMINATION", "STUDIES", "CAUSES"),
        missing.getViolations().stream().map(v -> v.field()).toList());
    assertTrue(missing.getViolations().get(0).message().startsWith("History: not started"),
        missing.getViolations().get(0).message());
    assertTransitionRefused(Refusal.STATUS, () -> physio.call(() ->
        workups.addAddendum(caseId, null, "Too early")));

    surgeon.call(() -> workups.saveSection(caseId, Workups.history(), -1));
    surgeon.call(() -> workups.saveSection(caseId, Workups.noRedFlags(), -1));
    surgeon.call(() -> workups.saveSection(caseId, Workups.examination(), -1));
    WorkupView ordered = surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM, "L4-L5", LocalDate.now().minusDays(5)));
    assertEquals(StudyStatus.ORDERED, ordered.study(1).orElseThrow().status());
    byte[] report = SampleDocuments.pdf();
    WorkupView resulted = surgeon.call(() -> workups.resultStudy(caseId, 1, ordered.study(1).orElseThrow().version(),
        LocalDate.now(), Workups.recurrentDisc(), new DocumentUpload("C:\\scans\\mri-report.pdf", report)));
    assertTrue(resulted.study(1).orElseThrow().hasReport());
    assertEquals("mri-report.pdf", resulted.study(1).orElseThrow().reportFileName());
    DocumentDownload download = physio.call(() -> workups.report(caseId, 1));
    assertArrayEquals(report, download.content());
    assertEquals(DocumentType.PDF, download.type());
    assertNotFound(() -> surgeon.call(() -> workups.report(caseId, 2)));
    assertThrows(InvalidInputException.class, () -> surgeon.call(() -> workups.resultStudy(caseId, 1,
        resulted.study(1).orElseThrow().version(), LocalDate.now(), Workups.recurrentDisc(),
        new DocumentUpload("evil.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))));

    WorkupView almost = surgeon.call(() -> workups.saveSection(caseId, Workups.recurrentDiscCause(1), -1));
    assertTrue(almost.signingBlockers().isEmpty(), almost.signingBlockers().toString());
    assertTrue(almost.maySign());
    WorkupView forPhysio = physio.call(() -> workups.view(caseId));
    assertFalse(forPhysio.maySign());
    assertFalse(forPhysio.signingBlockers().isEmpty());

    WorkupView signed = surgeon.call(() -> workups.sign(caseId));
    assertTrue(signed.isSigned());
    assertEquals("surgeon", signed.signature().username());
    assertFalse(signed.mayEdit());
    assertFalse(signed.maySign());
    assertEquals("READY_FOR_MDT", caseStatus(caseId));
    assertTrue(events(caseId).stream().anyMatch(e -> e.startsWith("STATUS_CHANGED:READY_FOR_MDT:Workup signed")),
        events(caseId).toString());

    long history = version(signed, WorkupSection.HISTORY);
    IllegalTransitionExceptionCheck.refusedAsSigned(() -> surgeon.call(() ->
        workups.saveSection(caseId, Workups.history(), history)));
    IllegalTransitionExceptionCheck.refusedAsSigned(() -> surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.CT, null, LocalDate.now())));
    IllegalTransitionExceptionCheck.refusedAsSigned(() -> surgeon.call(() -> workups.sign(caseId)));
    IllegalTransitionExceptionCheck.refusedAsSigned(() -> physio.call(() ->
        workups.saveSection(caseId, new FunctionAndMovement(10, 10, "Late"), -1)));

    physio.call(() -> workups.addAddendum(caseId, WorkupSection.FUNCTION_AND_MOVEMENT,
        "Walking tolerance now 10 minutes."));
    WorkupView amended = psychologist.call(() -> workups.addAddendum(caseId, null, "Seen again; mood improved."));
    assertEquals(2, amended.addenda().size());
    assertEquals(WorkupSection.FUNCTION_AND_MOVEMENT, amended.addenda().get(0).concerns());
    assertEquals("physio", amended.addenda().get(0).signature().username());
    assertEquals("Seen again; mood improved.", amended.addenda().get(1).text());
    assertRoleRefused(() -> coordinator.call(() -> workups.addAddendum(caseId, null, "No")));
    assertEquals(2, database.rows("select a.id, a.text from workup_addendum a join workup w on w.id = a.workup_id"
        + " where w.case_file_id = ?1", caseId).size());
  }

  @Test
  void theSummaryGathersCausesWithEvidenceFlagsScoresAndOpenQuestions() throws Exception {
    long caseId = openCaseOf(unique("Summary"), "physio").getId();
    surgeon.call(() -> outcomes.submit(new ResponseStart(caseId, "PHQ-9", TimePoint.BASELINE,
        LocalDate.now(), null, "en", EntryMode.CLINICIAN),
        phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), true));
    surgeon.call(() -> workups.saveSection(caseId, Workups.saddleAnaesthesia(), -1));
    WorkupView ordered = surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM, "L4-L5", LocalDate.now()));
    surgeon.call(() -> workups.resultStudy(caseId, 1, ordered.study(1).orElseThrow().version(),
        LocalDate.now(), Workups.recurrentDisc(), null));
    surgeon.call(() -> workups.orderStudy(caseId, StudyType.ESR_CRP, null, LocalDate.now()));
    surgeon.call(() -> workups.recordBlock(caseId, Workups.block(Map.of(ReadingTime.HOUR_1, 2))));
    surgeon.call(() -> workups.saveSection(caseId,
        Workups.causesCiting(List.of(EvidenceRef.study(1), EvidenceRef.block(1))), -1));
    physio.call(() -> workups.saveSection(caseId, new FunctionAndMovement(15, 20, "Fear of bending."), -1));

    WorkupView view = surgeon.call(() -> workups.view(caseId));
    assertEquals(List.of("PHQ-9"), view.psychosocialScores().stream().map(s -> s.instrumentCode()).toList());
    assertEquals(1, view.blocks().size());
    assertEquals(75.0, view.blocks().get(0).bestRelief(), 1e-9);
    assertFalse(view.blockSeries().get(0).meetsThreshold(), "75 % is below the common 80 %");

    WorkupSummary summary = surgeon.call(() -> workups.summary(caseId, Locale.ENGLISH));
    assertEquals(2, summary.causes().size());
    assertTrue(summary.causes().get(0).evidence().get(0).contains("MRI with and without gadolinium L4-L5"),
        summary.causes().get(0).evidence().toString());
    assertTrue(summary.causes().get(1).evidence().get(0).contains("best relief 75 %"),
        summary.causes().get(1).evidence().toString());
    assertEquals(1, summary.redFlags().size());
    assertEquals(List.of("PHQ-9"), summary.latestScores().stream().map(s -> s.instrumentCode()).toList());
    assertTrue(summary.openQuestions().stream().anyMatch(q -> q.contains("ESR and CRP ordered on")),
        summary.openQuestions().toString());
    assertTrue(summary.openQuestions().stream().anyMatch(q -> q.startsWith("History: not started")));
    assertTrue(summary.diagnosisCodes().get(0).startsWith("ICD-10 M96.1"), summary.diagnosisCodes().toString());
    assertTrue(summary.functionAndMovement().contains("Fear of bending."));
    assertNull(summary.signature());

    byte[] pdf = physio.call(() -> workups.summaryPdf(caseId, Locale.ENGLISH));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    long exports = database.accessLogForPatient(
            ((Number) database.column("select patient_id from case_file where id = ?1", caseId).get(0)).longValue())
        .stream().filter(e -> "physio".equals(e.getUsername()) && e.getAction().name().equals("EXPORT")).count();
    assertEquals(1, exports);
  }

  @Test
  void outstandingStudiesShowOnTheWorklistUntilResulted() throws Exception {
    String family = unique("Chase");
    long caseId = openCaseOf(family).getId();
    WorklistFilter filter = new WorklistFilter(family, null, null, null);
    assertEquals(0, coordinator.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)).total());
    WorkupView ordered = surgeon.call(() ->
        workups.orderStudy(caseId, StudyType.EMG_NCS, null, LocalDate.now().minusDays(4)));
    var page = coordinator.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true));
    assertEquals(1, page.total());
    assertTrue(page.rows().get(0).status().startsWith("EMG/NCS"), page.rows().get(0).status());
    assertEquals(4, page.rows().get(0).waitingDays());
    assertEquals(1, surgeon.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)).total());
    assertEquals(0, painSpecialist.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)).total(),
        "not on the team");
    assertRoleRefused(() -> physio.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)));

    long statements = database.statementsDuring(() ->
        coordinator.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)));
    assertEquals(3, statements, "rows, count, log entry");

    surgeon.call(() -> workups.resultStudy(caseId, 1, ordered.study(1).orElseThrow().version(), LocalDate.now(),
        new org.spinecase.domain.model.workup.StudyFindings.Electrodiagnostic(
            Map.of(org.spinecase.domain.model.workup.NerveRoot.values()[0],
                org.spinecase.domain.model.workup.RootFinding.NORMAL), Map.of()), null));
    assertEquals(0, coordinator.call(() -> worklists.page(Worklist.STUDIES_OUTSTANDING, filter, 0, 10, null, true)).total());
  }

  @Test
  void theWorkupPageCostsTheSameStatementsWithOneOrTwentyStudiesBlocksAndCauses() throws Exception {
    long small = filledCase(1);
    long large = filledCase(20);
    long one = database.statementsDuring(() -> surgeon.call(() -> workups.view(small)));
    long twenty = database.statementsDuring(() -> surgeon.call(() -> workups.view(large)));
    assertEquals(one, twenty, "one statement per table, whatever the counts");
    assertTrue(one <= 10, "case, workup, 4 tables, 2 score queries, the log entry: " + one);
    WorkupView view = surgeon.call(() -> workups.view(large));
    assertEquals(20, view.studies().size());
    assertEquals(20, view.blocks().size());
  }

  private long filledCase(int count) throws Exception {
    long caseId = openCase().getId();
    List<EvidenceRef> evidence = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      surgeon.call(() -> workups.orderStudy(caseId, StudyType.CT, "L4-L5", LocalDate.now()));
      surgeon.call(() -> workups.recordBlock(caseId, Workups.block(Map.of(ReadingTime.MIN_30, 3))));
      evidence.add(i % 2 == 0 ? EvidenceRef.block(i) : EvidenceRef.study(i));
    }
    surgeon.call(() -> workups.saveSection(caseId, Workups.causesCiting(evidence), -1));
    surgeon.call(() -> workups.saveSection(caseId, Workups.history(), -1));
    return caseId;
  }

  @Test
  void theMappingMatchesTheMigratedSchema() {
    database.validateMapping();
  }

  /** Refusals of a signed workup: 409 with the sentence naming the signature. */
  private static final class IllegalTransitionExceptionCheck {
    static void refusedAsSigned(org.junit.jupiter.api.function.Executable call) {
      var refused = assertTransitionRefused(Refusal.STATUS, call);
      assertTrue(refused.getMessage().contains("signed"), refused.getMessage());
    }
  }

  /** One value per PHQ-9 item, from item 1. */
  private static Map<Integer, Set<Integer>> phq9(int... values) {
    Map<Integer, Set<Integer>> answers = new java.util.HashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(i + 1, Set.of(values[i]));
    }
    return answers;
  }
}
