package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Over random partial examinations: rest-normal never changes a recorded finding, always completes
 * the examination and is idempotent; the SI cluster agrees with a plain count once all five tests
 * are in; block relief stays within its bounds.
 */
class ExaminationPropertiesTest {

  record PowerEntry(Myotome myotome, Side side, int grade) {}

  @Provide
  Arbitrary<List<PowerEntry>> powerEntries() {
    return Combinators.combine(
            Arbitraries.of(Myotome.class),
            Arbitraries.of(Side.LEFT, Side.RIGHT),
            Arbitraries.integers().between(0, 5))
        .as(PowerEntry::new)
        .list()
        .ofMaxSize(15);
  }

  @Property
  void restNormalKeepsEveryRecordedGrade(@ForAll("powerEntries") List<PowerEntry> entries) {
    Examination exam = Examination.blank();
    for (PowerEntry entry : entries) {
      exam = exam.withPower(entry.myotome(), entry.side(), entry.grade());
    }
    Examination filled = exam.restNormal();
    for (Myotome myotome : Myotome.values()) {
      for (Side side : Side.LEGS) {
        MrcGrade expected = exam.power().get(myotome, side).orElse(MrcGrade.NORMAL);
        assertEquals(expected, filled.power().get(myotome, side).orElseThrow());
      }
    }
    assertTrue(filled.isComplete());
    assertEquals(filled, filled.restNormal());
  }

  @Property
  void completeSiClusterIsPositiveExactlyWithThreeOrMorePositives(
      @ForAll @Size(5) List<Boolean> positives) {
    Examination exam = Examination.blank();
    SiProvocationTest[] tests = SiProvocationTest.values();
    for (int i = 0; i < tests.length; i++) {
      exam =
          exam.withSiTest(tests[i], positives.get(i) ? TestResult.POSITIVE : TestResult.NEGATIVE);
    }
    long count = positives.stream().filter(p -> p).count();
    assertEquals(count >= 3 ? ClusterResult.POSITIVE : ClusterResult.NEGATIVE, exam.siCluster());
  }

  @Property
  void reliefIsAtMost100AndExactlyTheFormula(
      @ForAll @IntRange(min = 1, max = 10) int pre, @ForAll @IntRange(min = 0, max = 10) int post) {
    DiagnosticBlock block = DiagnosticBlockTest.block(pre).withPostNrs(ReadingTime.HOUR_1, post);
    double relief = block.reliefPercent(ReadingTime.HOUR_1).orElseThrow();
    assertTrue(relief <= 100);
    assertEquals((pre - post) * 100.0 / pre, relief, 1e-9);
    assertEquals(relief, block.bestReliefPercent().orElseThrow(), 1e-9);
  }
}
