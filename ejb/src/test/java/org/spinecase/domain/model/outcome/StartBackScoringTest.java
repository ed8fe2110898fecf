package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The risk group follows the total first and the distress subscale (items 5-9) second; item 9 is
 * the patient's answer among five (0-4), of which "Very much" (3) and "Extremely" (4) score.
 */
class StartBackScoringTest {

  @ParameterizedTest(name = "{0} -> {1}, distress {2}: {3}")
  @CsvSource({
    "000000000, 0, 0, Low risk",
    "111000000, 3, 0, Low risk",
    "000011100, 3, 3, Low risk",
    "111100000, 4, 0, Medium risk",
    "100011100, 4, 3, Medium risk",
    "111111100, 7, 3, Medium risk",
    "000011110, 4, 4, High risk",
    "111111114, 9, 5, High risk",
    "111111113, 9, 5, High risk",
    "111111112, 8, 4, High risk",
    "111100002, 4, 0, Medium risk",
    "100111110, 6, 4, High risk"
  })
  void placesPatientsByTheSubscaleRule(String items, int total, int distress, String risk) {
    Answers answers = Answers.none();
    for (int i = 0; i < 9; i++) {
      answers = answers.with(i + 1, items.charAt(i) - '0');
    }
    Score score = new StartBackScoring().score(answers);
    assertEquals(total, score.value().orElseThrow());
    assertEquals(Map.of("distress", (double) distress), score.subscales());
    assertEquals(risk, score.bandLabel().orElseThrow());
    assertEquals("91351-7", score.loinc());
  }

  @Test
  void incompleteGivesDistressButNoRiskGroup() {
    Score score = new StartBackScoring().score(Answers.of(null, null, null, null, 1, 1, 1, 1, 0));
    assertFalse(score.isScorable());
    assertEquals(Map.of("distress", 4.0), score.subscales());
  }

  @ParameterizedTest(name = "item 9 answered {0} scores {1}")
  @CsvSource({"0, 0", "1, 0", "2, 0", "3, 1", "4, 1"})
  void item9ScoresOnlyTheLastTwoOfItsFiveAnswers(int answer, int point) {
    Score score = new StartBackScoring().score(Answers.of(0, 0, 0, 0, 0, 0, 0, 0, answer));
    assertEquals(point, score.value().orElseThrow());
    assertEquals(Map.of("distress", (double) point), score.subscales());
  }

  @Test
  void item9OffersFiveNeutralOptionsAndTheOtherItemsTwo() {
    Item item9 = Instruments.START_BACK.item(9);
    assertEquals(List.of("Answer option 0", "Answer option 1", "Answer option 2", "Answer option 3",
        "Answer option 4"), item9.options().stream().map(AnswerOption::label).toList());
    assertEquals(2, Instruments.START_BACK.item(8).options().size());
    assertThrows(ClinicalRuleViolation.class,
        () -> new StartBackScoring().score(Answers.of(0, 0, 0, 0, 0, 0, 0, 0, 5)));
    assertThrows(ClinicalRuleViolation.class,
        () -> new StartBackScoring().score(Answers.of(0, 0, 0, 0, 0, 0, 0, 3, 0)));
  }
}
