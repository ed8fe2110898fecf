package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.referral.RedFlag;

class RedFlagChecklistTest {

  @Test
  void unansweredIsNotNegative() {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered();
    assertFalse(checklist.anyPositive());
    assertFalse(checklist.isComplete());
    assertEquals(RedFlagSign.values().length, checklist.missing().size());
  }

  @Test
  void allNegativeIsComplete() {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered().restNegative();
    assertFalse(checklist.anyPositive());
    assertTrue(checklist.isComplete());
    assertEquals(Set.of(), checklist.positiveFlags());
  }

  @Test
  void aPositiveSignRaisesItsFlagAndAsksForAnUrgentPlan() {
    RedFlagChecklist checklist =
        RedFlagChecklist.unanswered()
            .with(RedFlagSign.WOUND_DRAINAGE, TestResult.POSITIVE)
            .with(RedFlagSign.FEVER, TestResult.POSITIVE)
            .restNegative();
    assertTrue(checklist.anyPositive());
    assertEquals(Set.of(RedFlag.INFECTION_SIGNS), checklist.positiveFlags());
    assertEquals(TestResult.POSITIVE, checklist.answer(RedFlagSign.FEVER).orElseThrow());
    assertEquals(List.of("urgent plan for the positive red flag"), checklist.missing());
    assertTrue(checklist.owesUrgentPlan());

    RedFlagChecklist planned = checklist.withUrgentPlan("ESR/CRP and MRI with gadolinium today");
    assertTrue(planned.isComplete());
    assertFalse(planned.owesUrgentPlan(), "the plan is written: nothing owed");
    assertFalse(RedFlagChecklist.unanswered().restNegative().owesUrgentPlan());
  }

  @Test
  void coversEveryRedFlagOfTheReference() {
    for (RedFlag flag : RedFlag.values()) {
      assertTrue(
          List.of(RedFlagSign.values()).stream().anyMatch(s -> s.flag() == flag),
          flag + " has a sign on the checklist");
    }
    assertEquals(
        Set.of(RedFlag.CAUDA_EQUINA),
        RedFlagChecklist.unanswered()
            .with(RedFlagSign.SADDLE_ANAESTHESIA, TestResult.POSITIVE)
            .positiveFlags());
  }
}
