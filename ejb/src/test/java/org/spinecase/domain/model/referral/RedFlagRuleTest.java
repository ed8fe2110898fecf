package org.spinecase.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class RedFlagRuleTest {

  @Test
  void aTickRaisesTheUrgencyToRedFlag() {
    assertEquals(
        Urgency.RED_FLAG,
        RedFlagRule.urgencyFor(Urgency.ROUTINE, EnumSet.of(RedFlag.CAUDA_EQUINA)));
    assertEquals(
        Urgency.RED_FLAG,
        RedFlagRule.urgencyFor(Urgency.URGENT, EnumSet.of(RedFlag.INFECTION_SIGNS)));
    assertEquals(
        Urgency.RED_FLAG,
        RedFlagRule.urgencyFor(Urgency.RED_FLAG, EnumSet.of(RedFlag.FRACTURE_RISK)));
  }

  @Test
  void withoutATickTheChosenUrgencyStandsButARedFlagNeedsOne() {
    assertEquals(Urgency.ROUTINE, RedFlagRule.urgencyFor(Urgency.ROUTINE, Set.of()));
    assertEquals(Urgency.URGENT, RedFlagRule.urgencyFor(Urgency.URGENT, null));
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class, () -> RedFlagRule.urgencyFor(Urgency.RED_FLAG, Set.of()));
    assertEquals("redFlags", refused.getField());
    assertEquals(
        "urgency",
        assertThrows(ClinicalRuleViolation.class, () -> RedFlagRule.urgencyFor(null, Set.of()))
            .getField());
  }

  @Property
  void anyFlagMeansRedFlagAndRedFlagMeansAFlag(@ForAll Urgency chosen, @ForAll Set<RedFlag> flags) {
    try {
      Urgency urgency = RedFlagRule.urgencyFor(chosen, flags);
      assertEquals(!flags.isEmpty(), urgency == Urgency.RED_FLAG && !flags.isEmpty());
      assertEquals(urgency == Urgency.RED_FLAG, !flags.isEmpty());
    } catch (ClinicalRuleViolation refused) {
      assertEquals(Urgency.RED_FLAG, chosen);
      assertEquals(Set.of(), flags);
    }
  }
}
