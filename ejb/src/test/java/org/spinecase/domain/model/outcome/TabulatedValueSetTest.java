package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class TabulatedValueSetTest {

  /** A made-up table (not a published value set): index = 1 - (sum of levels - 5) / 20. */
  static String table(String id, int skip) {
    StringBuilder text = new StringBuilder("value-set," + id + "\nprofile,index\n");
    int written = 0;
    for (int a = 1; a <= 5; a++) {
      for (int b = 1; b <= 5; b++) {
        for (int c = 1; c <= 5; c++) {
          for (int d = 1; d <= 5; d++) {
            for (int e = 1; e <= 5; e++) {
              if (written++ < skip) {
                continue;
              }
              double index = 1 - (a + b + c + d + e - 5) / 20.0;
              text.append("" + a + b + c + d + e).append(',').append(index).append('\n');
            }
          }
        }
      }
    }
    return text.toString();
  }

  @Test
  void indexesEveryProfileAndCarriesItsId() throws IOException {
    ValueSet set = TabulatedValueSet.read(new StringReader(table("TEST-1", 0)));
    assertEquals("TEST-1", set.id());
    assertEquals(1.0, set.index("11111"));
    assertEquals(0.0, set.index("55555"));
    Eq5dScore score = new Eq5dScoring().score(Answers.of(2, 1, 1, 1, 1, 80), Optional.of(set));
    assertEquals(0.95, score.index(), 1e-12);
    assertEquals("TEST-1", score.valueSetId());
  }

  @Test
  void refusesATableWithGaps() {
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> TabulatedValueSet.read(new StringReader(table("GAPS", 1))));
    assertTrue(refused.getMessage().contains("3124 of the 3125"), refused.getMessage());
  }

  @Test
  void refusesAFileWithoutItsId() {
    assertThrows(
        ClinicalRuleViolation.class,
        () -> TabulatedValueSet.read(new StringReader("profile,index\n11111,1\n")));
  }

  @Test
  void refusesAMalformedLine() {
    String broken = table("X", 0).replace("11112,", "1111x,");
    assertThrows(
        ClinicalRuleViolation.class, () -> TabulatedValueSet.read(new StringReader(broken)));
  }
}
