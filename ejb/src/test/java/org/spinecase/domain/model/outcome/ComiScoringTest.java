package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pain domain is the higher of back and leg pain; other items score in steps of 2.5. */
class ComiScoringTest {

  @ParameterizedTest
  @CsvSource({"3,8,8", "8,3,8", "6,6,6", "0,0,0", "10,0,10"})
  void painDomainIsTheHigherOfBackAndLeg(int back, int leg, double pain) {
    Score score = new ComiScoring().score(Answers.of(back, leg));
    assertEquals(pain, score.subscales().get(ComiScoring.PAIN));
  }

  @ParameterizedTest
  @CsvSource({"0,0.0", "1,2.5", "2,5.0", "3,7.5", "4,10.0"})
  void otherItemsScoreInStepsOfTwoAndAHalf(int option, double value) {
    Score score = new ComiScoring().score(Answers.none().with(5, option));
    assertEquals(Map.of("item5", value), score.subscales());
  }

  @org.junit.jupiter.api.Test
  void givesNoIndexBecauseTheReferenceGivesNoRule() {
    Score score = new ComiScoring().score(Answers.of(5, 7, 1, 2, 3, 4, 0));
    assertFalse(score.isScorable());
    assertEquals(6, score.subscales().size());
  }
}
