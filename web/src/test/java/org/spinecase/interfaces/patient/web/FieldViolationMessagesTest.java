package org.spinecase.interfaces.patient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldViolationMessagesTest {

  @Test
  void patientFieldsKeepTheirNames() {
    assertEquals("familyName", FieldViolationMessages.componentPath("familyName"));
  }

  @Test
  void surgeryRowsMapToTheRepeatedInputs() {
    assertEquals("surgery:2:levels", FieldViolationMessages.componentPath("surgeries[2].levels"));
  }
}
