package org.spinecase.interfaces.worklist.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistSort;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.ReferralQuestion;

class WorklistParametersTest {

  @Test
  void defaultsToTheFirstPageLongestWaitingFirst() {
    WorklistParameters query = WorklistParameters.parse(null, null, null, null, null, null, null, null);
    assertEquals(0, query.first());
    assertEquals(25, query.max());
    assertEquals(WorklistSort.WAITING, query.sort());
    assertFalse(query.ascending());
    assertNull(query.filter().getText());
    assertNull(query.filter().getRedFlagOnly());
  }

  @Test
  void readsCodesInEitherSpelling() {
    WorklistParameters query = WorklistParameters.parse(
        " Zorb ", "ready-for-mdt", "SCS_EVALUATION", "true", "50", "10", "received-on", "true");
    assertEquals("Zorb", query.filter().getText());
    assertEquals(CaseStatus.READY_FOR_MDT, query.filter().getStatus());
    assertEquals(ReferralQuestion.SCS_EVALUATION, query.filter().getQuestion());
    assertTrue(query.filter().getRedFlagOnly());
    assertEquals(50, query.first());
    assertEquals(10, query.max());
    assertEquals(WorklistSort.RECEIVED_ON, query.sort());
    assertTrue(query.ascending());
    assertEquals(Worklist.TRIAGE_QUEUE, WorklistParameters.list("triage-queue"));
    assertEquals(Worklist.MY_CASES, WorklistParameters.list("MY_CASES"));
    assertNull(WorklistParameters.list("everything"));
  }

  @Test
  void namesEveryBadParameterAtOnce() {
    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> WorklistParameters.parse(null, "DONE", "WHY", "maybe", "-1", "500", "age", "up"));
    assertEquals(
        java.util.List.of("asc", "first", "max", "question", "red", "sort", "status"),
        refused.getViolations().stream().map(FieldViolation::field).sorted().toList());
  }
}
