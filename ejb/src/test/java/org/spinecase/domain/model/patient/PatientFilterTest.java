package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientFilterTest {

  @Test
  void aNameIsFoldedAndCannotBeAnMrn() {
    PatientFilter filter = PatientFilter.of(" Müller ", null);
    assertEquals("muller", filter.nameFragment());
    assertNull(filter.mrnPrefix());
  }

  @Test
  void textThatCouldBeAnMrnIsTriedAsBoth() {
    PatientFilter filter = PatientFilter.of("sc-00001", LocalDate.of(1961, 4, 23));
    assertEquals("sc 00001", filter.nameFragment());
    assertEquals("SC-00001", filter.mrnPrefix());
    assertEquals(LocalDate.of(1961, 4, 23), filter.dateOfBirth());
  }

  @Test
  void noTextMatchesEveryone() {
    assertFalse(PatientFilter.of(null, null).hasText());
    assertFalse(PatientFilter.of("   ", null).hasText());
  }

  @Test
  void wildcardsNeverReachTheQuery() {
    PatientFilter filter = PatientFilter.of("%_", null);
    assertFalse(filter.hasText());
  }
}
