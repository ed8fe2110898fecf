package org.spinecase.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.domain.model.casefile.Episodes.BECKER_HOLT;
import static org.spinecase.domain.model.casefile.Episodes.BRENNAN;
import static org.spinecase.domain.model.casefile.Episodes.LINDQVIST;
import static org.spinecase.domain.model.casefile.Episodes.NATARAJAN;
import static org.spinecase.domain.model.casefile.Episodes.OSEI;
import static org.spinecase.domain.model.casefile.Episodes.VARGA;
import static org.spinecase.domain.model.casefile.Episodes.openCase;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.casefile.IllegalTransitionException.Refusal;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class CaseFileTest {

  @Test
  void acceptingOpensACaseLedByTheLeadWithTheTeamAndOneTimeline() {
    CaseFile caseFile = openCase();
    assertEquals(CaseStatus.WORKUP, caseFile.getStatus());
    assertEquals(ReferralStatus.ACCEPTED, caseFile.getReferral().getStatus());
    assertEquals(caseFile, caseFile.getReferral().getCaseFile());
    assertEquals("surgeon", caseFile.getLeadUsername());
    assertEquals(
        List.of("surgeon", "physio"),
        caseFile.getCareTeam().stream().map(CareTeamMember::getUsername).toList());
    assertTrue(caseFile.getCareTeam().get(0).isLead());
    assertEquals(Discipline.PHYSIOTHERAPY, caseFile.getCareTeam().get(1).getDiscipline());
    List<CaseEvent> events = caseFile.getEvents();
    assertEquals(EventKind.REFERRAL_ACCEPTED, events.get(0).getKind());
    assertEquals(
        EventKind.REFERRAL_RECEIVED,
        events.get(events.size() - 1).getKind(),
        "the referral's steps carry over");
  }

  @Test
  void onlyTheCareTeamMovesTheCase() {
    CaseFile caseFile = openCase();
    IllegalTransitionException outsider =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.workupSigned("painspecialist", LINDQVIST.roles()));
    assertEquals(Refusal.CARE_TEAM, outsider.getRefusal());

    IllegalTransitionException physio =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.apply(CareCommand.CLOSE, "physio", NATARAJAN.roles(), "Done"));
    assertEquals(Refusal.ROLE, physio.getRefusal());
    assertEquals(
        "A case in status Workup in progress cannot be closed by a physiotherapist.",
        physio.getMessage());

    caseFile.workupSigned("surgeon", VARGA.roles());
    assertEquals(CaseStatus.READY_FOR_MDT, caseFile.getStatus());
    assertEquals(
        Set.of(CareCommand.RETURN_TO_WORKUP, CareCommand.RECORD_MDT_DECISION, CareCommand.CLOSE),
        caseFile.availableTo("surgeon", VARGA.roles()));
    assertTrue(
        caseFile.availableTo("painspecialist", LINDQVIST.roles()).isEmpty(), "not on the team");
  }

  /**
   * Ready for MDT comes from signing the workup: before that it is neither offered nor accepted by
   * hand; after a return to workup, the signed case may be marked ready again.
   */
  @Test
  void readyForMdtIsNeitherOfferedNorAcceptedByHand() {
    CaseFile caseFile = openCase();
    assertEquals(Set.of(CareCommand.CLOSE), caseFile.availableTo("surgeon", VARGA.roles()));
    IllegalTransitionException byHand =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.apply(CareCommand.MARK_READY_FOR_MDT, "surgeon", VARGA.roles(), null));
    assertEquals(Refusal.STATUS, byHand.getRefusal());
    assertTrue(byHand.getMessage().contains("signing its workup"), byHand.getMessage());
    assertEquals(CaseStatus.WORKUP, caseFile.getStatus());

    caseFile.workupSigned("surgeon", VARGA.roles());
    assertEquals(CaseStatus.READY_FOR_MDT, caseFile.getStatus());
    caseFile.apply(CareCommand.RETURN_TO_WORKUP, "surgeon", VARGA.roles(), "Flexion views");
    assertTrue(caseFile.availableTo("surgeon", VARGA.roles()).contains(CareCommand.MARK_READY_FOR_MDT));
    caseFile.apply(CareCommand.MARK_READY_FOR_MDT, "surgeon", VARGA.roles(), null);
    caseFile.apply(CareCommand.RECORD_MDT_DECISION, "surgeon", VARGA.roles(), "Revision agreed");
    caseFile.workupSigned("surgeon", VARGA.roles());
    assertEquals(CaseStatus.MDT_DECIDED, caseFile.getStatus(), "a case moved on keeps its status");
  }

  @Test
  void closingNeedsAReasonAndFreezesTheCase() {
    CaseFile caseFile = openCase();
    ClinicalRuleViolation noReason =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> caseFile.apply(CareCommand.CLOSE, "surgeon", VARGA.roles(), " "));
    assertEquals("reason", noReason.getField());

    caseFile.apply(CareCommand.CLOSE, "surgeon", VARGA.roles(), "Patient moved abroad");
    assertEquals(CaseStatus.CLOSED, caseFile.getStatus());
    assertNotNull(caseFile.getClosedAt());
    assertEquals("Patient moved abroad", caseFile.getCloseReason());
    IllegalTransitionException frozen =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.addMember(OSEI.clinician(), "coordinator", BRENNAN.roles()));
    assertEquals(Refusal.STATUS, frozen.getRefusal());
  }

  @Test
  void theCoordinatorAndTheLeadManageTheTeamAndNobodyElse() {
    CaseFile caseFile = openCase();
    caseFile.addMember(OSEI.clinician(), "coordinator", BRENNAN.roles());
    assertTrue(caseFile.hasActiveMember("psychologist"));

    IllegalTransitionException member =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.addMember(LINDQVIST.clinician(), "physio", NATARAJAN.roles()));
    assertEquals(Refusal.CARE_TEAM, member.getRefusal());

    caseFile.removeMember("psychologist", "surgeon", VARGA.roles(), "Screening done elsewhere");
    assertFalse(caseFile.hasActiveMember("psychologist"));
    CareTeamMember former =
        caseFile.getMembers().stream()
            .filter(m -> m.getUsername().equals("psychologist"))
            .findFirst()
            .orElseThrow();
    assertEquals("surgeon", former.getRemovedBy());
    assertEquals("Screening done elsewhere", former.getRemovalReason());
    assertEquals(EventKind.MEMBER_REMOVED, caseFile.getEvents().get(0).getKind());

    caseFile.addMember(OSEI.clinician(), "surgeon", VARGA.roles());
    assertTrue(caseFile.hasActiveMember("psychologist"), "someone may rejoin");
    ClinicalRuleViolation twice =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> caseFile.addMember(OSEI.clinician(), "surgeon", VARGA.roles()));
    assertEquals("username", twice.getField());
  }

  @Test
  void theLeadIsHandedOverNotRemoved() {
    CaseFile caseFile = openCase();
    assertThrows(
        ClinicalRuleViolation.class,
        () -> caseFile.removeMember("surgeon", "coordinator", BRENNAN.roles(), null));
    ClinicalRuleViolation physioLead =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> caseFile.changeLead(NATARAJAN.clinician(), "surgeon", VARGA.roles()));
    assertEquals("leadUsername", physioLead.getField());

    caseFile.changeLead(BECKER_HOLT.clinician(), "surgeon", VARGA.roles());
    assertEquals("drmulti", caseFile.getLeadUsername());
    assertEquals(
        List.of("drmulti", "surgeon", "physio"),
        caseFile.getCareTeam().stream().map(CareTeamMember::getUsername).toList());
    assertEquals(1, caseFile.getCareTeam().stream().filter(CareTeamMember::isLead).count());
    assertEquals(Discipline.SURGERY, caseFile.getCareTeam().get(0).getDiscipline());
    assertEquals(EventKind.LEAD_CHANGED, caseFile.getEvents().get(0).getKind());

    IllegalTransitionException formerLead =
        assertThrows(
            IllegalTransitionException.class,
            () -> caseFile.changeLead(VARGA.clinician(), "surgeon", VARGA.roles()));
    assertEquals(Refusal.CARE_TEAM, formerLead.getRefusal());
  }

  @Test
  void aRedFlagReferralMakesARedFlagCase() {
    var referral =
        org.spinecase.domain.model.referral.Referral.receive(
            Episodes.patient(),
            Episodes.details(
                org.spinecase.domain.model.referral.Urgency.ROUTINE,
                Set.of(org.spinecase.domain.model.referral.RedFlag.CAUDA_EQUINA)),
            "coordinator");
    CaseFile caseFile =
        referral.accept(VARGA.clinician(), List.of(), null, "surgeon", VARGA.roles());
    assertTrue(caseFile.isRedFlag());
  }

  @Test
  void onlyARedFlagFromTheWorkupAsksForAnUrgentPlanUntilTheMdt() {
    var referral =
        org.spinecase.domain.model.referral.Referral.receive(
            Episodes.patient(),
            Episodes.details(
                org.spinecase.domain.model.referral.Urgency.ROUTINE,
                Set.of(org.spinecase.domain.model.referral.RedFlag.CAUDA_EQUINA)),
            "coordinator");
    CaseFile caseFile =
        referral.accept(VARGA.clinician(), List.of(), null, "surgeon", VARGA.roles());
    assertTrue(caseFile.isRedFlag());
    assertFalse(caseFile.isUrgentPlanNeeded(), "a red-flag referral alone");

    caseFile.raiseRedFlag(Set.of(org.spinecase.domain.model.referral.RedFlag.CAUDA_EQUINA), "surgeon");
    assertTrue(caseFile.isUrgentPlanNeeded(), "in workup");
    caseFile.workupSigned("surgeon", VARGA.roles());
    assertTrue(caseFile.isUrgentPlanNeeded(), "ready for MDT");
    caseFile.urgentPlanOwed(false);
    assertFalse(caseFile.isUrgentPlanNeeded(), "the urgent plan is written");
    caseFile.urgentPlanOwed(true);
    caseFile.apply(CareCommand.RECORD_MDT_DECISION, "surgeon", VARGA.roles(), "Decided");
    assertFalse(caseFile.isUrgentPlanNeeded(), "after the MDT decision");
  }
}
