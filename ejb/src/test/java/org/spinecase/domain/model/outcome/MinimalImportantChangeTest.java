package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimalImportantChangeTest {

  @ParameterizedTest
  @CsvSource({
    "NRS, 8, 6, true",
    "NRS, 8, 7, false",
    "NRS, 3, 2, true",
    "NRS, 2, 2, false",
    "NRS, 5, 7, false",
    "ODI, 50, 40, true",
    "ODI, 50, 41, false",
    "COMI_BACK, 7.0, 4.8, true",
    "COMI_BACK, 7.0, 4.9, false"
  })
  void marksImprovementAgainstTheBaseline(
      MinimalImportantChange mcid, double baseline, double followUp, boolean reached) {
    assertEquals(reached, mcid.isImprovement(baseline, followUp));
  }

  @Test
  void odiCarriesTheReferencesVerifyMark() {
    assertTrue(MinimalImportantChange.ODI.verifyPerSource());
  }
}
