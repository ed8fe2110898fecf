package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationExceptionsTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        RecordNotFoundException.class,
        StaleRecordException.class,
        LikelyDuplicateException.class,
        InvalidInputException.class
      })
  void rollBackAndReachTheCallerUnwrapped(Class<?> type) {
    ApplicationException annotation = type.getAnnotation(ApplicationException.class);
    assertTrue(annotation != null && annotation.rollback(), type.getSimpleName());
    assertTrue(RuntimeException.class.isAssignableFrom(type));
  }

  @Test
  void notFoundNamesTheRecordTypeInWords() {
    assertEquals(
        "The prior spine surgery was not found.",
        new RecordNotFoundException("PriorSpineSurgery", 4).getMessage());
  }

  @Test
  void candidatesCannotBeChangedAfterwards() {
    List<PatientSummary> candidates = new ArrayList<>();
    LikelyDuplicateException duplicate = new LikelyDuplicateException(candidates);
    candidates.add(new PatientSummary(1, "SC-0000018", "Müller", "Anna", null, null, null));
    assertTrue(duplicate.getCandidates().isEmpty());
  }
}
