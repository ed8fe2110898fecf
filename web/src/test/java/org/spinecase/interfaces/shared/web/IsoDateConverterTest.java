package org.spinecase.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateConverterTest {

  private final IsoDateConverter converter = new IsoDateConverter();

  @Test
  void readsIsoAndTheSwissWay() {
    assertEquals(LocalDate.of(1968, 3, 21), converter.getAsObject(null, null, "1968-03-21"));
    assertEquals(LocalDate.of(1968, 3, 21), converter.getAsObject(null, null, " 21.3.1968 "));
  }

  @Test
  void emptyMeansNoDate() {
    assertNull(converter.getAsObject(null, null, "  "));
  }

  @Test
  void writesIso() {
    assertEquals("1968-03-21", converter.getAsString(null, null, LocalDate.of(1968, 3, 21)));
  }
}
