package org.spinecase.interfaces.patient.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientSort;

class SearchParametersTest {

  @Test
  void defaultsToFirstPageOf25ByNameAscending() {
    SearchParameters query = SearchParameters.parse(null, null, null, null, null, null);

    assertEquals(0, query.first());
    assertEquals(25, query.max());
    assertEquals(PatientSort.NAME, query.sort());
    assertEquals(true, query.ascending());
    assertNull(query.criteria().getText());
  }

  @Test
  void readsEveryParameter() {
    SearchParameters query =
        SearchParameters.parse(" Müller ", "1968-03-21", "50", "10", "dateOfBirth", "false");

    assertEquals("Müller", query.criteria().getText());
    assertEquals(LocalDate.of(1968, 3, 21), query.criteria().getDateOfBirth());
    assertEquals(50, query.first());
    assertEquals(10, query.max());
    assertEquals(PatientSort.DATE_OF_BIRTH, query.sort());
    assertFalse(query.ascending());
  }

  @Test
  void acceptsTheSortEnumNamesToo() {
    assertEquals(PatientSort.CHANGED_AT, SearchParameters.parse(null, null, null, null, "CHANGED_AT", null).sort());
  }

  @Test
  void namesEveryBadParameterAtOnce() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> SearchParameters.parse("x", "21.03.1968", "-1", "1000", "age", "maybe"));

    assertEquals(
        List.of("dob", "first", "max", "sort", "asc"),
        refused.getViolations().stream().map(FieldViolation::field).toList());
  }

  @Test
  void refusesAnImpossibleDate() {
    assertThrows(InvalidInputException.class, () -> SearchParameters.parse(null, "2023-02-30", null, null, null, null));
  }
}
