package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class Eq5dScoringTest {

  /** A stand-in with made-up numbers; real value sets are supplied by the clinic, never shipped. */
  private static final ValueSet FAKE =
      new ValueSet() {
        @Override
        public String id() {
          return "TEST-ONLY";
        }

        @Override
        public double index(String profile) {
          return profile.equals("11111") ? 1.0 : 0.5;
        }
      };

  @Test
  void givesProfileAndVasButNoIndexWithoutAValueSet() {
    Eq5dScore score = new Eq5dScoring().score(Answers.of(1, 2, 3, 4, 5, 70), Optional.empty());
    assertEquals("12345", score.profile());
    assertEquals(70, score.vasValue().orElseThrow());
    assertTrue(score.indexValue().isEmpty());
  }

  @Test
  void givesTheIndexWithTheValueSetId() {
    Eq5dScore score = new Eq5dScoring().score(Answers.of(1, 1, 1, 1, 1, 95), Optional.of(FAKE));
    assertEquals(1.0, score.indexValue().orElseThrow());
    assertEquals("TEST-ONLY", score.valueSetId());
  }

  @Test
  void aMissingDimensionLeavesNoProfileNorIndexButKeepsTheVas() {
    Eq5dScore score = new Eq5dScoring().score(Answers.of(1, 1, null, 1, 1, 40), Optional.of(FAKE));
    assertTrue(score.profileText().isEmpty());
    assertTrue(score.indexValue().isEmpty());
    assertEquals(40, score.vasValue().orElseThrow());
  }

  @Test
  void refusesLevelsAndVasOutOfRange() {
    Eq5dScoring eq5d = new Eq5dScoring();
    assertThrows(
        ClinicalRuleViolation.class, () -> eq5d.score(Answers.of(0, 1, 1, 1, 1), Optional.empty()));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> eq5d.score(Answers.of(1, 1, 1, 1, 1, 101), Optional.empty()));
  }
}
