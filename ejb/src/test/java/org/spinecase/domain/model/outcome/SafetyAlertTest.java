package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.casefile.Episodes;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class SafetyAlertTest {

  private static SafetyAlert raised() {
    InstrumentResponse response =
        InstrumentResponse.start(
            Episodes.openCase(), "PHQ-9", TimePoint.BASELINE, null, null, "en", null, "psychologist",
            LocalDate.now());
    return response.answer(Map.of(9, Set.of(3))).orElseThrow();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(true, null, "Write down what was done"),
        Arguments.of(true, "   ", "Write down what was done"),
        Arguments.of(false, "Called the patient", "Only a clinician on the care team"),
        Arguments.of(true, "x".repeat(2001), "at most 2000"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void acknowledgingNeedsATeamClinicianAndANote(boolean onTeam, String note, String message) {
    SafetyAlert alert = raised();
    ClinicalRuleViolation refused =
        assertThrows(ClinicalRuleViolation.class, () -> alert.acknowledge("physio", onTeam, note));
    assertEquals("note", refused.getField());
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
    assertTrue(alert.isOpen());
  }

  @Test
  void anAcknowledgedAlertIsClosedOnce() {
    SafetyAlert alert = raised();
    alert.acknowledge("psychologist", true, "Phoned; safety plan agreed, GP informed.");

    assertFalse(alert.isOpen());
    assertEquals("psychologist", alert.getAcknowledgedBy());
    assertEquals("Phoned; safety plan agreed, GP informed.", alert.getNote());
    assertThrows(
        ClinicalRuleViolation.class, () -> alert.acknowledge("surgeon", true, "Seen again."));
  }
}
