package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.Episodes;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class InstrumentResponseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private final CaseFile caseFile = Episodes.openCase();

  private InstrumentResponse start(String code, RecallPeriod recall) {
    return InstrumentResponse.start(
        caseFile, code, TimePoint.BASELINE, null, recall, null, null, "surgeon", TODAY);
  }

  private static Map<Integer, Set<Integer>> answers(int... values) {
    Map<Integer, Set<Integer>> answers = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(i + 1, Set.of(values[i]));
    }
    return answers;
  }

  static Stream<Arguments> finishedScores() {
    return Stream.of(
        // instrument, recall, answers, total, band, flag
        Arguments.of("NRS-BACK", RecallPeriod.AVERAGE_1_WEEK, new int[] {7}, 7.0, null, null),
        Arguments.of("ODI", null, new int[] {1, 2, 3, 4, 5, 0, 1, 2, 3, 4}, 50.0,
            "Severe disability", null),
        Arguments.of("ODI", null, new int[] {5, 5, 5, 5, 5, 5, 5, 5}, 100.0,
            "Bed-bound or exaggerating", null),
        Arguments.of("PHQ-9", null, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 0}, 8.0, "5-9", null),
        Arguments.of("GAD-7", null, new int[] {1, 1, 1, 1, 2, 2, 2}, 10.0, "10-14",
            Flag.ANXIETY_EVALUATION),
        Arguments.of("GAD-7", null, new int[] {1, 1, 1, 1, 1, 2, 2}, 9.0, "5-9", null),
        Arguments.of("PCS", null, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 0, 0, 0}, 28.0, null,
            null),
        Arguments.of("PCS", null, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0}, 30.0, null,
            Flag.CATASTROPHIZING),
        Arguments.of("STarT-Back", null, new int[] {1, 1, 0, 0, 1, 1, 1, 1, 0}, 6.0, "High risk",
            null));
  }

  @ParameterizedTest
  @MethodSource("finishedScores")
  void aFinishedResponseCarriesTheDomainsScore(
      String code, RecallPeriod recall, int[] values, Double total, String band, Flag flag) {
    InstrumentResponse response = start(code, recall);
    response.answer(answers(values));
    response.finish();

    assertEquals(ResponseStatus.COMPLETE, response.getStatus());
    assertEquals(total, response.getTotal());
    assertEquals(band, response.getBand());
    assertEquals(flag == null ? Set.of() : Set.of(flag), response.getFlags());
    assertTrue(response.getCompletedAt() != null);
  }

  static Stream<Arguments> refusedFinishes() {
    return Stream.of(
        Arguments.of("ODI", new int[] {1, 1, 1, 1, 1, 1, 1}, "7 sections answered, 8 needed"),
        Arguments.of("PHQ-9", new int[] {1, 1, 1}, "6 of 9 items unanswered"),
        Arguments.of("EQ-5D-5L", new int[] {1, 2, 3, 4}, "all 5 dimensions"),
        Arguments.of("EQ-5D-5L", new int[] {1, 2, 3, 4, 5}, "EQ VAS is unanswered"),
        Arguments.of("COMI-back", new int[] {1, 2, 3}, "4 of 7 items unanswered"));
  }

  @ParameterizedTest
  @MethodSource("refusedFinishes")
  void finishingIsRefusedWithTheReasonWhileNotScorable(String code, int[] values, String reason) {
    InstrumentResponse response = start(code, null);
    response.answer(answers(values));

    ClinicalRuleViolation refused = assertThrows(ClinicalRuleViolation.class, response::finish);
    assertEquals("answers", refused.getField());
    assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    assertEquals(ResponseStatus.IN_PROGRESS, response.getStatus());
  }

  @Test
  void partialSavesReplaceOnlyTheGivenItemsAndAnEmptySetClears() {
    InstrumentResponse response = start("PHQ-9", null);
    response.answer(answers(1, 2, 3));
    response.answer(Map.of(2, Set.of(0), 3, Set.of()));

    assertEquals(Set.of(1, 2), response.getAnswers().answered());
    assertEquals(Set.of(0), response.getAnswers().ticks(2));
    assertNull(response.getTotal());
    assertEquals("7 of 9 items unanswered", response.getNotScorableReason());
  }

  @Test
  void aDoubledOdiTickIsKeptAndTheHigherCounts() {
    InstrumentResponse response = start("ODI", null);
    Map<Integer, Set<Integer>> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    answers.put(1, Set.of(2, 4));
    response.answer(answers);
    response.finish();

    assertEquals(Set.of(2, 4), response.getAnswers().ticks(1));
    assertEquals(8.0, response.getTotal(), 1e-9);
  }

  @Test
  void aDoubledTickIsRefusedWhereTheInstrumentGivesNoRule() {
    InstrumentResponse response = start("PHQ-9", null);
    ClinicalRuleViolation refused =
        assertThrows(ClinicalRuleViolation.class, () -> response.answer(Map.of(1, Set.of(1, 2))));
    assertEquals("answers", refused.getField());
  }

  @Test
  void phq9Item9RaisesOneAlertOnTheFirstSaveThatFlagsIt() {
    InstrumentResponse response = start("PHQ-9", null);
    assertTrue(response.answer(Map.of(1, Set.of(1))).isEmpty());

    Optional<SafetyAlert> first = response.answer(Map.of(9, Set.of(1)));
    Optional<SafetyAlert> again = response.answer(Map.of(9, Set.of(2)));

    assertTrue(first.isPresent(), "raised on a partial save");
    assertTrue(first.get().isOpen());
    assertTrue(again.isEmpty(), "never a second alert for the same response");
    assertTrue(response.hasSafetyAlert());
    assertTrue(response.getFlags().contains(Flag.SAFETY_ALERT));
  }

  @Test
  void eq5dScoresProfileAndVasAndSaysWhyThereIsNoIndex() {
    InstrumentResponse response = start("EQ-5D-5L", null);
    response.answer(answers(1, 2, 3, 4, 5, 80));
    response.finish();

    assertEquals("Profile 12345", response.getBand());
    assertEquals(Map.of("vas", 80.0), response.getSubscales());
    assertNull(response.getTotal(), "no value set ships, so no index");
    assertTrue(response.getNotScorableReason().contains("no EQ-5D-5L value set"));
  }

  @Test
  void loincCodesAreStoredWithTheResponseAndItsScores() {
    InstrumentResponse response = start("STarT-Back", null);
    response.answer(answers(1, 1, 0, 0, 1, 1, 1, 1, 0));

    assertEquals("91349-1", response.getLoincPanel());
    assertEquals("91351-7", response.getLoincTotal());
    assertTrue(
        response.getScores().stream()
            .anyMatch(s -> s.getName().equals("distress") && "91350-9".equals(s.getLoinc())));
    assertTrue(
        response.getScores().stream()
            .anyMatch(s -> s.getName().equals(ScoreValue.TOTAL) && "91351-7".equals(s.getLoinc())));
  }

  static Stream<Arguments> refusedStarts() {
    return Stream.of(
        Arguments.of("NRS-BACK", TimePoint.BASELINE, null, null, "recallPeriod"),
        Arguments.of("ODI", TimePoint.BASELINE, null, RecallPeriod.NOW, "recallPeriod"),
        Arguments.of("XYZ", TimePoint.BASELINE, null, null, "instrument"),
        Arguments.of(null, TimePoint.BASELINE, null, null, "instrument"),
        Arguments.of("ODI", null, null, null, "timePoint"),
        Arguments.of("ODI", TimePoint.BASELINE, TODAY.plusDays(1), null, "administeredOn"));
  }

  @ParameterizedTest
  @MethodSource("refusedStarts")
  void startingNamesTheFieldThatIsWrong(
      String code, TimePoint point, LocalDate on, RecallPeriod recall, String field) {
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                InstrumentResponse.start(
                    caseFile, code, point, on, recall, "en", EntryMode.CLINICIAN, "surgeon",
                    TODAY));
    assertEquals(field, refused.getField());
  }

  @Test
  void startingDefaultsDayLanguageAndMode() {
    InstrumentResponse response = start("ODI", null);
    assertEquals(TODAY, response.getAdministeredOn());
    assertEquals("en", response.getLanguage());
    assertEquals(EntryMode.CLINICIAN, response.getMode());
    assertEquals("2.1a", response.getInstrumentVersion());
  }

  @Test
  void enteredInErrorNeedsAReasonAndFreezesTheResponse() {
    InstrumentResponse response = start("NRS-LEG", RecallPeriod.NOW);
    response.answer(answers(4));
    response.finish();

    assertEquals(
        "reason",
        assertThrows(ClinicalRuleViolation.class, () -> response.markEnteredInError("  "))
            .getField());
    response.markEnteredInError("Wrong patient");

    assertEquals(ResponseStatus.ENTERED_IN_ERROR, response.getStatus());
    assertEquals("Wrong patient", response.getErrorReason());
    assertThrows(ClinicalRuleViolation.class, () -> response.answer(answers(5)));
    assertThrows(ClinicalRuleViolation.class, () -> response.markEnteredInError("again"));
  }

  @Test
  void aCompleteResponseTicksItsInstrumentOffTheSetAndErrorPutsItBack() {
    MeasureSet set =
        MeasureSet.due(caseFile, TimePoint.BASELINE, List.of("NRS-BACK", "ODI"), TODAY);
    InstrumentResponse response = start("NRS-BACK", RecallPeriod.AVERAGE_1_WEEK);
    response.answer(answers(6));
    assertFalse(response.countTowards(set), "only a complete response counts");
    response.finish();

    assertTrue(response.countTowards(set));
    assertEquals(List.of("ODI"), set.getOutstanding());
    Optional<MeasureSet> counted = response.markEnteredInError("Typed into the wrong case");
    assertTrue(counted.isPresent());
    counted.get().reopen(response.getInstrumentCode());
    assertEquals(List.of("ODI", "NRS-BACK"), set.getOutstanding());
  }
}
