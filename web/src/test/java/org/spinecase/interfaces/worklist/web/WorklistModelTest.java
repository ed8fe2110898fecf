package org.spinecase.interfaces.worklist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.spinecase.application.WorklistSort;

class WorklistModelTest {

  private static SortMeta by(String field) {
    return SortMeta.builder().field(field).order(SortOrder.ASCENDING).build();
  }

  @Test
  void columnsSortByWhatTheyShow() {
    assertEquals(WorklistSort.PATIENT, WorklistModel.sortOf(by("patientName")));
    assertEquals(WorklistSort.STATUS, WorklistModel.sortOf(by("status")));
    assertEquals(WorklistSort.DUE_ON, WorklistModel.sortOf(by("dueOn")));
    assertEquals(WorklistSort.WAITING, WorklistModel.sortOf(by("waitingSince")));
  }

  @Test
  void withoutASortTheLongestWaitingComeFirst() {
    assertEquals(WorklistSort.WAITING, WorklistModel.sortOf(null));
  }
}
