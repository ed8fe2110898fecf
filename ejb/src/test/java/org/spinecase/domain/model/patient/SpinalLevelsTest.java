package org.spinecase.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpinalLevelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"L4-L5", "L5-S1", "T12-L1", "L3-S1", "C5-C6", "C7-T1", "T9-T10", "L5", "S1"})
  void acceptsLevelsAsSurgeonsWriteThem(String levels) {
    assertTrue(SpinalLevels.isValid(levels), levels);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "L5-L4",
        "S1-L5",
        "L4-L4",
        "L6-S1",
        "T13-L1",
        "C8",
        "C0-C1",
        "S6",
        "L4L5",
        "L4-L5-S1",
        "L4–L5",
        "lumbar",
        "4-5",
        "L4-",
        "-L5",
        "L04-L05"
      })
  void refusesLevelsThatDoNotExistOrRunUpwards(String levels) {
    assertFalse(SpinalLevels.isValid(levels), levels);
  }

  @Test
  void toleratesCaseAndSpacesAndStoresThemCanonically() {
    assertTrue(SpinalLevels.isValid(" l4 - l5 "));
    assertEquals("L4-L5", SpinalLevels.canonical(" l4 - l5 "));
    assertEquals("T12-L1", SpinalLevels.canonical("t12-L1"));
  }

  @Test
  void numbersVertebraeFromTheSkullDown() {
    assertEquals(1, SpinalLevels.position("C1"));
    assertEquals(8, SpinalLevels.position("T1"));
    assertEquals(20, SpinalLevels.position("L1"));
    assertEquals(25, SpinalLevels.position("S1"));
  }

  @Property
  void aSpanIsValidExactlyWhenItRunsDownwards(
      @ForAll("vertebrae") String upper, @ForAll("vertebrae") String lower) {
    boolean downwards = SpinalLevels.position(upper) < SpinalLevels.position(lower);
    assertEquals(downwards, SpinalLevels.isValid(upper + "-" + lower), upper + "-" + lower);
  }

  @Property
  void everySingleVertebraIsValid(@ForAll("vertebrae") String vertebra) {
    assertTrue(SpinalLevels.isValid(vertebra));
  }

  @Provide
  Arbitrary<String> vertebrae() {
    List<String> all = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      all.add("C" + i);
    }
    for (int i = 1; i <= 12; i++) {
      all.add("T" + i);
    }
    for (int i = 1; i <= 5; i++) {
      all.add("L" + i);
      all.add("S" + i);
    }
    return Arbitraries.of(all);
  }
}
