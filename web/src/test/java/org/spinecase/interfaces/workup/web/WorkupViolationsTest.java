package org.spinecase.interfaces.workup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.WorkupSection;

class WorkupViolationsTest {

  @Test
  void theDomainsFieldNamesAreTheInputsOfEachForm() {
    assertEquals("volume", WorkupViolations.componentFor("block", "volumeMl"));
    assertEquals("type", WorkupViolations.componentFor("block", "blockType"));
    assertEquals("translation", WorkupViolations.componentFor("result", "translationMm"));
    assertEquals("orderLevels", WorkupViolations.componentFor("order", "levels"));
    assertEquals("walking", WorkupViolations.componentFor("function", "walkingToleranceMinutes"));
    assertEquals("addendumText", WorkupViolations.componentFor("addendum", "text"));
    assertEquals("icd11Stem", WorkupViolations.componentFor("causes", "icd11Stem"));
  }

  @Test
  void aRowsFieldIsTheInputInThatRowOfTheRepeat() {
    assertEquals("rows:1:levels", WorkupViolations.componentFor("causes", "causes[1].levels"));
    assertEquals("med:0:times", WorkupViolations.componentFor("history", "medications[0].timesPerDay"));
    assertEquals("tr:2:response", WorkupViolations.componentFor("history", "treatments[2].treatmentResponse"));
  }

  @Test
  void unknownFieldsAndFormsGoToTheSummary() {
    assertNull(WorkupViolations.componentFor("causes", "evidence"));
    assertNull(WorkupViolations.componentFor("causes", "causes[0].unknown"));
    assertNull(WorkupViolations.componentFor("signing", "text"));
  }

  @Test
  void aRefusedRowIsNamedByItsPlaceInTheList() {
    ClinicalRuleViolation e = assertThrows(ClinicalRuleViolation.class,
        () -> WorkupViolations.inRow("causes", 3, () -> Levels.of("S1-L5")));
    assertEquals("causes[3].levels", e.getField());
  }

  @Test
  void everySectionHasItsForm() {
    for (WorkupSection section : WorkupSection.values()) {
      assertFalse(WorkupEditBacking.formOf(section).isBlank());
    }
  }
}
