package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants over random answers: totals stay in range, ODI does not depend on which sections are
 * missing when the answered ones agree, and PHQ-9 item 9 always raises the alert.
 */
class ScoringPropertiesTest {

  @Provide
  Arbitrary<List<Integer>> phq9() {
    return Arbitraries.integers().between(0, 3).list().ofSize(9);
  }

  @Property
  void phq9TotalIsWithin0To27(@ForAll("phq9") List<Integer> items) {
    double total = SumScoring.phq9().score(answers(items)).value().orElseThrow();
    assertTrue(total >= 0 && total <= 27);
  }

  @Property
  void nonZeroItem9AlwaysRaisesTheAlert(
      @ForAll("phq9") List<Integer> items, @ForAll @IntRange(min = 1, max = 3) int item9) {
    Answers answers = answers(items).with(9, item9);
    assertTrue(SumScoring.phq9().score(answers).has(Flag.SAFETY_ALERT));
    assertTrue(SumScoring.phq9().score(Answers.none().with(9, item9)).has(Flag.SAFETY_ALERT));
  }

  @Property
  void gad7TotalIsWithin0To21(@ForAll @Size(7) List<@IntRange(min = 0, max = 3) Integer> items) {
    double total = SumScoring.gad7().score(answers(items)).value().orElseThrow();
    assertTrue(total >= 0 && total <= 21);
  }

  @Property
  void pcsSubscalesAddUpToTheTotalWithin0To52(
      @ForAll @Size(13) List<@IntRange(min = 0, max = 4) Integer> items) {
    Score score = SumScoring.pcs().score(answers(items));
    double total = score.value().orElseThrow();
    assertTrue(total >= 0 && total <= 52);
    assertEquals(total, score.subscales().values().stream().mapToDouble(Double::doubleValue).sum());
  }

  @Property
  void startBackTotalWithin0To9AndDistressWithin0To5(
      @ForAll @Size(9) List<@IntRange(min = 0, max = 1) Integer> items) {
    Score score = new StartBackScoring().score(answers(items));
    double total = score.value().orElseThrow();
    double distress = score.subscales().get("distress");
    assertTrue(total >= 0 && total <= 9 && distress >= 0 && distress <= 5);
    assertEquals(total <= 3, score.band().equals(StartBackScoring.LOW));
  }

  @Property
  void odiPercentageIsWithin0To100(
      @ForAll @Size(10) List<@IntRange(min = 0, max = 5) Integer> sections,
      @ForAll @Size(max = 2) Set<@IntRange(min = 1, max = 10) Integer> missing) {
    Answers answers = answers(sections);
    for (int section : missing) {
      answers = answers.with(section);
    }
    double percent = new OdiScoring().score(answers).value().orElseThrow();
    assertTrue(percent >= 0 && percent <= 100);
  }

  @Property
  void odiIgnoresWhichSectionsAreMissingWhenTheAnsweredAgree(
      @ForAll @IntRange(min = 0, max = 5) int value,
      @ForAll @Size(max = 2) Set<@IntRange(min = 1, max = 10) Integer> missing) {
    Answers answers = Answers.none();
    for (int section = 1; section <= 10; section++) {
      if (!missing.contains(section)) {
        answers = answers.with(section, value);
      }
    }
    assertEquals(value * 20.0, new OdiScoring().score(answers).value().orElseThrow(), 1e-9);
  }

  @Property
  void comiPainDomainIsNeverBelowEitherRating(
      @ForAll @IntRange(max = 10) int back, @ForAll @IntRange(max = 10) int leg) {
    double pain = new ComiScoring().score(Answers.of(back, leg)).subscales().get(ComiScoring.PAIN);
    assertTrue(pain >= back && pain >= leg && (pain == back || pain == leg));
  }

  private static Answers answers(List<Integer> values) {
    return Answers.of(values.toArray(Integer[]::new));
  }
}
