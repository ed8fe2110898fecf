package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/** PHQ-9, GAD-7, PCS and NRS: plain sums, bands, flags and the incomplete case. */
class SumScoringTest {

  static Stream<Arguments> phq9() {
    return Stream.of(
        Arguments.of(Answers.of(0, 0, 0, 0, 0, 0, 0, 0, 0), 0, "0-4", false),
        Arguments.of(Answers.of(1, 1, 1, 1, 0, 0, 0, 0, 0), 4, "0-4", false),
        Arguments.of(Answers.of(1, 1, 1, 1, 1, 0, 0, 0, 0), 5, "5-9", false),
        Arguments.of(Answers.of(2, 2, 2, 2, 1, 1, 0, 0, 0), 10, "10-14", false),
        Arguments.of(Answers.of(3, 3, 3, 2, 2, 1, 1, 0, 0), 15, "15-19", false),
        Arguments.of(Answers.of(3, 3, 3, 3, 3, 3, 2, 0, 0), 20, "20-27", false),
        Arguments.of(Answers.of(3, 3, 3, 3, 3, 3, 3, 3, 3), 27, "20-27", true),
        Arguments.of(Answers.of(0, 0, 0, 0, 0, 0, 0, 0, 1), 1, "0-4", true));
  }

  @ParameterizedTest
  @MethodSource("phq9")
  void scoresPhq9(Answers answers, int total, String band, boolean alert) {
    Score score = SumScoring.phq9().score(answers);
    assertEquals(total, score.value().orElseThrow());
    assertEquals(band, score.bandLabel().orElseThrow());
    assertEquals(alert, score.has(Flag.SAFETY_ALERT));
    assertEquals("44261-6", score.loinc());
  }

  @Test
  void phq9Item9RaisesTheAlertEvenWhenIncomplete() {
    Score score = SumScoring.phq9().score(Answers.none().with(9, 2));
    assertFalse(score.isScorable());
    assertEquals("8 of 9 items unanswered", score.notScorableReason());
    assertTrue(score.has(Flag.SAFETY_ALERT));
  }

  @ParameterizedTest
  @CsvSource({
    "0,0-4,false",
    "4,0-4,false",
    "5,5-9,false",
    "9,5-9,false",
    "10,10-14,true",
    "14,10-14,true",
    "15,15-21,true",
    "21,15-21,true"
  })
  void scoresGad7AtItsCutOffs(int total, String band, boolean flagged) {
    Score score = SumScoring.gad7().score(spread(7, 3, total));
    assertEquals(total, score.value().orElseThrow());
    assertEquals(band, score.bandLabel().orElseThrow());
    assertEquals(flagged, score.has(Flag.ANXIETY_EVALUATION));
    assertEquals("70274-6", score.loinc());
  }

  @Test
  void scoresPcsSubscales() {
    //                               1  2  3  4  5  6  7  8  9 10 11 12 13
    Score score = SumScoring.pcs().score(Answers.of(4, 3, 2, 1, 0, 4, 3, 2, 2, 2, 2, 4, 1));
    assertEquals(30, score.value().orElseThrow());
    assertEquals(
        Map.of("rumination", 8.0, "magnification", 8.0, "helplessness", 14.0), score.subscales());
    assertTrue(score.has(Flag.CATASTROPHIZING));
  }

  @Test
  void pcsBelowThirtyIsNotFlaggedAndKeepsCompleteSubscalesWhenIncomplete() {
    assertFalse(SumScoring.pcs().score(spread(13, 4, 29)).has(Flag.CATASTROPHIZING));
    Score partial =
        SumScoring.pcs().score(Answers.of(null, null, null, null, null, 1, 2, 3, 3, 3, 3, null, 0));
    assertFalse(partial.isScorable());
    assertEquals(Map.of("rumination", 12.0, "magnification", 3.0), partial.subscales());
  }

  @ParameterizedTest
  @CsvSource({"0", "2", "10"})
  void nrsIsTheAnsweredInteger(int pain) {
    Score score = SumScoring.nrs(Instruments.NRS_LEG).score(Answers.of(pain));
    assertEquals(pain, score.value().orElseThrow());
    assertEquals(Set.of(), score.flags());
    assertEquals("72514-3", score.loinc());
  }

  @Test
  void refusesDoubledAndOutOfRangeAnswers() {
    assertThrows(
        ClinicalRuleViolation.class,
        () -> SumScoring.nrs(Instruments.NRS_BACK).score(Answers.of(11)));
    assertThrows(
        ClinicalRuleViolation.class, () -> SumScoring.phq9().score(Answers.none().with(1, 0, 1)));
  }

  /** {@code count} answers of at most {@code max} each, adding up to {@code total}. */
  static Answers spread(int count, int max, int total) {
    Answers answers = Answers.none();
    int left = total;
    for (int item = 1; item <= count; item++) {
      int value = Math.min(max, left);
      answers = answers.with(item, value);
      left -= value;
    }
    return answers;
  }
}
