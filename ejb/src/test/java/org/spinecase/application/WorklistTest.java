package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.Urgency;

class WorklistTest {

  @Test
  void eachRoleLandsOnItsOwnLists() {
    assertEquals(
        List.of(
            Worklist.NEW_REFERRALS,
            Worklist.AWAITING_INFORMATION,
            Worklist.OVERDUE_TRIAGE,
            Worklist.MEASURES_DUE,
            Worklist.STUDIES_OUTSTANDING),
        Worklist.forRoles(Set.of("coordinator")));
    assertEquals(
        List.of(
            Worklist.TRIAGE_QUEUE,
            Worklist.MY_CASES,
            Worklist.READY_FOR_MDT,
            Worklist.MEASURES_DUE,
            Worklist.STUDIES_OUTSTANDING,
            Worklist.SAFETY_ALERTS),
        Worklist.forRoles(Set.of("surgeon", "pain-specialist")));
    assertEquals(
        List.of(Worklist.TEAM_CASES, Worklist.MEASURES_DUE, Worklist.SAFETY_ALERTS),
        Worklist.forRoles(Set.of("psychologist")));
    assertEquals(List.of(), Worklist.forRoles(Set.of("admin")));
  }

  @Test
  void referralRowsCountTheDaysWaitedAndFlagWhatIsOverdue() {
    LocalDate today = LocalDate.now();
    WorklistRow late =
        new WorklistRow(
            7L,
            3L,
            "SC-0000018",
            "Fischer",
            "Marta",
            LocalDate.of(1968, 3, 9),
            ReferralStatus.RECEIVED,
            Urgency.RED_FLAG,
            true,
            ReferralQuestion.SCS_EVALUATION,
            today.minusDays(9),
            today.minusDays(4));
    assertEquals("FISCHER, Marta", late.patientName());
    assertEquals("Received", late.status());
    assertEquals(9, late.waitingDays());
    assertTrue(late.overdue());
    assertNull(late.caseId());

    WorklistRow dueToday =
        new WorklistRow(
            8L,
            3L,
            "SC-0000018",
            "Fischer",
            "Marta",
            LocalDate.of(1968, 3, 9),
            ReferralStatus.AWAITING_INFORMATION,
            Urgency.ROUTINE,
            false,
            ReferralQuestion.OTHER,
            today,
            today);
    assertEquals(0, dueToday.waitingDays());
    assertFalse(dueToday.overdue());
  }

  @Test
  void caseRowsShowTheLeadAndHaveNoDueDate() {
    WorklistRow row =
        new WorklistRow(
            11L,
            7L,
            3L,
            "SC-0000018",
            "Fischer",
            "Marta",
            LocalDate.of(1968, 3, 9),
            CaseStatus.READY_FOR_MDT,
            Urgency.URGENT,
            false,
            ReferralQuestion.REVISION_EVALUATION,
            LocalDate.now().minusDays(2),
            "Elena Varga");
    assertEquals(11L, row.caseId());
    assertEquals(7L, row.referralId());
    assertEquals("Ready for MDT", row.status());
    assertEquals("Elena Varga", row.leadName());
    assertEquals(2, row.waitingDays());
    assertNull(row.dueOn());
    assertFalse(row.overdue());
  }
}
