package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/** Reference cases worked by hand from sum / (5 x answered sections) x 100. */
class OdiScoringTest {

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of(
            "all ten answered",
            Answers.of(3, 2, 3, 2, 3, 2, 3, 2, 3, 2),
            50.0,
            "Severe disability"),
        Arguments.of(
            "all zero", Answers.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0.0, "Minimal disability"),
        Arguments.of(
            "top of minimal", Answers.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 20.0, "Minimal disability"),
        Arguments.of(
            "all five",
            Answers.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5),
            100.0,
            "Bed-bound or exaggerating"),
        Arguments.of(
            "one missing section: 18 / 45",
            Answers.of(2, 2, 2, null, 2, 2, 2, 2, 2, 2),
            40.0,
            "Moderate disability"),
        Arguments.of(
            "two missing sections: 28 / 40",
            Answers.of(4, null, 4, 3, 4, 3, 4, null, 3, 3),
            70.0,
            "Crippled"),
        Arguments.of(
            "doubled tick 1 and 4 in section 1 counts 4: 22 / 50",
            Answers.of(null, 2, 2, 2, 2, 2, 2, 2, 2, 2).with(1, 1, 4),
            44.0,
            "Severe disability"),
        Arguments.of(
            "nine sections, 19 / 45 is over 40",
            Answers.of(1, 2, 3, 4, 5, 0, 1, 2, 1, null),
            19 * 100.0 / 45,
            "Severe disability"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void scoresReferenceCases(String name, Answers answers, double percent, String band) {
    Score score = new OdiScoring().score(answers);
    assertEquals(percent, score.value().orElseThrow(), 1e-9);
    assertEquals(band, score.bandLabel().orElseThrow());
    assertEquals("97909-6", score.loinc());
  }

  @Test
  void sevenSectionsAreBelowTheDefaultMinimum() {
    Answers seven = Answers.of(2, 2, 2, 2, 2, 2, 2);
    Score score = new OdiScoring().score(seven);
    assertFalse(score.isScorable());
    assertEquals("7 sections answered, 8 needed", score.notScorableReason());
  }

  @Test
  void theMinimumIsConfigurable() {
    Answers seven = Answers.of(2, 2, 2, 2, 2, 2, 2);
    assertEquals(40.0, new OdiScoring(7).score(seven).value().orElseThrow(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> new OdiScoring(11));
  }

  @Test
  void refusesAnswersOutsideTheSectionRange() {
    assertThrows(ClinicalRuleViolation.class, () -> new OdiScoring().score(Answers.of(6)));
    assertThrows(
        ClinicalRuleViolation.class, () -> new OdiScoring().score(Answers.none().with(11, 1)));
  }
}
