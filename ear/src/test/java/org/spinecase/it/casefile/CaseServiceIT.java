package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;
import static org.spinecase.it.support.Refusals.assertRoleRefused;
import static org.spinecase.it.support.Refusals.assertTransitionRefused;

import jakarta.ejb.EJB;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.CaseService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.ReferralService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.WorkupService;
import org.spinecase.it.support.SignedWorkups;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CareLifecycle;
import org.spinecase.domain.model.casefile.CareTeamMember;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.casefile.IllegalTransitionException.Refusal;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsDrMulti;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/** The case lifecycle and care team inside WildFly, every demo user against every step. */
@ExtendWith(ArquillianExtension.class)
class CaseServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(CaseServiceIT.class);
  }

  @EJB CaseService cases;
  @EJB ReferralService referrals;
  @EJB WorkupService workups;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsAdmin admin;
  @EJB AsDrMulti drMulti;

  @BeforeEach
  void signInEveryone() throws Exception {
    signIn.everyone();
  }

  /** A case led by the surgeon with the given team. */
  private CaseFile openCase(String... team) throws Exception {
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Case"))));
    return surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of(team), "Seen at triage"));
  }

  private static String reasonFor(CareCommand command) {
    return "Reason to " + command.label();
  }

  /**
   * The whole episode, step by step. At every step each demo user tries the step first: the
   * coordinator (sees the case, may not move it), the physiotherapist and psychologist on the
   * team (may not move it), the pain specialist off the team (does not find it), the
   * administrator (no access at all); then a surgeon on the team moves it on, taking turns with
   * drmulti (surgeon and pain specialist). A command the status does not allow is refused too.
   */
  @Test
  void everyRoleAgainstEveryStepOfTheEpisode() throws Exception {
    CaseFile opened = openCase("physio", "psychologist");
    CaseFile withMulti = coordinator.call(() -> cases.addMember(opened.getId(), opened.getVersion(), "drmulti"));
    List<CareCommand> episode =
        List.of(
            CareCommand.MARK_READY_FOR_MDT,
            CareCommand.RETURN_TO_WORKUP,
            CareCommand.MARK_READY_FOR_MDT,
            CareCommand.RECORD_MDT_DECISION,
            CareCommand.AGREE_PLAN,
            CareCommand.START_TREATMENT,
            CareCommand.START_FOLLOW_UP,
            CareCommand.CLOSE);
    CaseFile current = withMulti;
    int turn = 0;
    for (CareCommand command : episode) {
      long id = current.getId();
      long version = current.getVersion();
      String reason = reasonFor(command);
      Callable<CaseFile> step = () -> cases.apply(id, version, command, reason);

      assertTransitionRefused(Refusal.ROLE, () -> coordinator.call(step));
      IllegalTransitionException physioRefused = assertTransitionRefused(Refusal.ROLE, () -> physio.call(step));
      assertTrue(physioRefused.getMessage().endsWith("by a physiotherapist."), physioRefused.getMessage());
      assertTransitionRefused(Refusal.ROLE, () -> psychologist.call(step));
      assertNotFound(() -> painSpecialist.call(step));
      assertRoleRefused(() -> admin.call(step));
      CareCommand notNow = EnumSet.complementOf(EnumSet.copyOf(CareLifecycle.available(current.getStatus(), Set.of("surgeon"))))
          .iterator().next();
      assertTransitionRefused(Refusal.STATUS, () -> surgeon.call(() -> cases.apply(id, version, notNow, "Reason")));

      CaseStatus before = current.getStatus();
      boolean bySigning = command == CareCommand.MARK_READY_FOR_MDT && before == CaseStatus.WORKUP
          && !current.isWorkupSigned();
      if (bySigning) {
        // ready for MDT first comes from signing the workup, never by hand
        IllegalTransitionException byHand = assertTransitionRefused(Refusal.STATUS, () -> surgeon.call(step));
        assertTrue(byHand.getMessage().contains("signing its workup"), byHand.getMessage());
        SignedWorkups.sign(surgeon::call, workups, id);
        current = surgeon.call(() -> cases.get(id));
        turn++;
      } else {
        current = (turn++ % 2 == 0 ? surgeon.call(step) : drMulti.call(step));
      }
      assertEquals(CareLifecycle.transition(before, command).orElseThrow().to(), current.getStatus());
      assertEquals(EventKind.STATUS_CHANGED, current.getEvents().get(0).getKind());
      assertEquals(bySigning ? "Workup signed." : reason, current.getEvents().get(0).getNote());
    }
    assertEquals(CaseStatus.CLOSED, current.getStatus());
    assertEquals(reasonFor(CareCommand.CLOSE), current.getCloseReason());
    long id = current.getId();
    long version = current.getVersion();
    for (CareCommand command : CareCommand.values()) {
      assertTransitionRefused(Refusal.STATUS, () -> surgeon.call(() -> cases.apply(id, version, command, "Again")));
    }
    assertTransitionRefused(Refusal.STATUS, () -> coordinator.call(() -> cases.addMember(id, version, "painspecialist")));
    List<String> history = database.revisionUsers("case_file_aud", id);
    assertEquals("surgeon", history.get(0), "opened by who accepted: " + history);
    assertEquals("drmulti", history.get(history.size() - 1), "closed by drmulti: " + history);
  }

  @Test
  void aPainSpecialistOnTheTeamMovesTheCaseAndAReasonIsRequiredWhereTheTableSaysSo() throws Exception {
    CaseFile opened = openCase("painspecialist");
    SignedWorkups.sign(painSpecialist::call, workups, opened.getId());
    CaseFile ready = painSpecialist.call(() -> cases.get(opened.getId()));
    InvalidInputException noDecision = assertThrows(InvalidInputException.class, () -> painSpecialist.call(() ->
        cases.apply(ready.getId(), ready.getVersion(), CareCommand.RECORD_MDT_DECISION, " ")));
    assertEquals("reason", noDecision.getViolations().get(0).field());
    assertEquals("Summarise the MDT decision.", noDecision.getViolations().get(0).message());
  }

  @Test
  void theCareTeamSeesTheCaseAndNobodyElseDoes() throws Exception {
    CaseFile caseFile = openCase("physio");
    long id = caseFile.getId();
    long attachmentId = caseFile.getReferral().getAttachments().get(0).getId();

    assertEquals(id, physio.call(() -> cases.get(id)).getId());
    assertEquals("letter.pdf", physio.call(() -> referrals.download(attachmentId)).fileName());
    assertEquals(id, coordinator.call(() -> cases.get(id)).getId(), "coordinators see every case");
    assertNotFound(() -> psychologist.call(() -> cases.get(id)));
    assertNotFound(() -> psychologist.call(() -> referrals.download(attachmentId)));
    assertNotFound(() -> painSpecialist.call(() -> cases.get(id)));
    assertRoleRefused(() -> admin.call(() -> cases.get(id)));

    long patientId = caseFile.getPatient().getId();
    assertEquals(1, physio.call(() -> cases.casesOf(patientId)).size());
    assertEquals(0, psychologist.call(() -> cases.casesOf(patientId)).size());
    assertEquals(1, coordinator.call(() -> cases.casesOf(patientId)).size());

    CaseFile without = coordinator.call(() -> cases.removeMember(id, caseFile.getVersion(), "physio", "Left the clinic"));
    assertEquals(List.of("surgeon"), without.getCareTeam().stream().map(CareTeamMember::getUsername).toList());
    assertNotFound(() -> physio.call(() -> cases.get(id)));
    assertNotFound(() -> physio.call(() -> referrals.download(attachmentId)));
    assertEquals(0, physio.call(() -> cases.casesOf(patientId)).size());
  }

  @Test
  void theCoordinatorAndTheLeadManageTheTeam() throws Exception {
    CaseFile caseFile = openCase("physio");
    long id = caseFile.getId();
    assertTransitionRefused(Refusal.CARE_TEAM, () -> physio.call(() -> cases.addMember(id, caseFile.getVersion(), "psychologist")));

    CaseFile added = coordinator.call(() -> cases.addMember(id, caseFile.getVersion(), "psychologist"));
    assertTrue(added.getVersion() > caseFile.getVersion(), "a team change is a change of the case");
    assertEquals(EventKind.MEMBER_ADDED, added.getEvents().get(0).getKind());
    assertThrows(StaleRecordException.class, () -> surgeon.call(() -> cases.addMember(id, caseFile.getVersion(), "painspecialist")));
    assertEquals("username", assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        cases.addMember(id, added.getVersion(), "nobody"))).getViolations().get(0).field());

    CaseFile handedOver = surgeon.call(() -> cases.changeLead(id, added.getVersion(), "drmulti"));
    assertEquals("drmulti", handedOver.getLeadUsername());
    assertEquals("Jonas Becker-Holt", handedOver.getLeadName());
    assertEquals(1, handedOver.getCareTeam().stream().filter(CareTeamMember::isLead).count());
    assertTransitionRefused(Refusal.CARE_TEAM, () -> surgeon.call(() -> cases.addMember(id, handedOver.getVersion(), "painspecialist")));
    assertEquals("username", assertThrows(InvalidInputException.class, () -> drMulti.call(() ->
        cases.removeMember(id, handedOver.getVersion(), "drmulti", null))).getViolations().get(0).field());
    CaseFile withPain = drMulti.call(() -> cases.addMember(id, handedOver.getVersion(), "painspecialist"));
    assertEquals(List.of("drmulti", "surgeon", "physio", "psychologist", "painspecialist"),
        withPain.getCareTeam().stream().map(CareTeamMember::getUsername).toList());
  }

  @Test
  void readingACaseCostsTheSameStatementsWhateverItsTeamAndTimeline() throws Exception {
    CaseFile small = openCase();
    long smallId = small.getId();
    long forSmall = database.statementsDuring(() -> surgeon.call(() -> cases.get(smallId)));

    CaseFile large = openCase("physio", "psychologist", "painspecialist", "drmulti");
    SignedWorkups.sign(surgeon::call, workups, large.getId());
    CaseFile moved = surgeon.call(() -> cases.get(large.getId()));
    CaseFile back = surgeon.call(() -> cases.apply(moved.getId(), moved.getVersion(), CareCommand.RETURN_TO_WORKUP, "More imaging"));
    long largeId = back.getId();
    long forLarge = database.statementsDuring(() -> surgeon.call(() -> cases.get(largeId)));

    assertEquals(forSmall, forLarge);
    assertTrue(forSmall <= 5, "case, referral details, timeline, access log; was " + forSmall);
  }
}
