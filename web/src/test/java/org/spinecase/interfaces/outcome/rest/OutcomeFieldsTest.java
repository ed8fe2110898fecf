package org.spinecase.interfaces.outcome.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.application.FieldViolation;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.interfaces.shared.rest.Codes;

class OutcomeFieldsTest {

  @Test
  void namesFieldsAsTheJsonHasThem() {
    assertEquals("instrument", OutcomeFields.jsonField("instrumentCode"));
    assertEquals("recallPeriod", OutcomeFields.jsonField("start.recallPeriod"));
    assertEquals("[3]", OutcomeFields.jsonField("texts[3]"));
    assertEquals("[3].option", OutcomeFields.jsonField("texts[3].optionValue"));
    assertEquals("answers", OutcomeFields.jsonField("answers"));
    assertNull(OutcomeFields.jsonField("texts"));
    assertNull(OutcomeFields.jsonField(null));
  }

  @Test
  void codesAreReadFromTheListOrRefusedNamingTheField() {
    List<FieldViolation> violations = new ArrayList<>();
    assertEquals(TimePoint.MONTH_3, Codes.parse(TimePoint.class, "month-3", "timePoint", violations));
    assertEquals(RecallPeriod.NOW, Codes.parse(RecallPeriod.class, " NOW ", "recallPeriod", violations));
    assertNull(Codes.parse(TimePoint.class, null, "timePoint", violations));
    assertEquals(List.of(), violations);
    assertNull(Codes.parse(TimePoint.class, "MONTH_2", "timePoint", violations));
    assertEquals("timePoint", violations.get(0).field());
    assertEquals("Not one of the listed codes: BASELINE, MONTH_3, MONTH_6, MONTH_12, UNSCHEDULED.",
        violations.get(0).message());
  }
}
