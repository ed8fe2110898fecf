package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.domain.model.workup.Side.LEFT;
import static org.spinecase.domain.model.workup.Side.RIGHT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class ExaminationTest {

  /** A left L5 radiculopathy: positive SLR at 40 degrees, weak EHL, reduced L5 sensation. */
  static Examination leftL5() {
    return Examination.blank()
        .withTension(NeuralTensionTest.STRAIGHT_LEG_RAISE, LEFT, TensionFinding.positiveAt(40))
        .withPower(Myotome.L5, LEFT, 3)
        .withSensation(Dermatome.L5, LEFT, Sensation.REDUCED)
        .withReflex(Reflex.ACHILLES, LEFT, 1)
        .withWalking(WalkingTest.HEEL_WALK, LEFT, Performance.UNABLE)
        .withGait(Gait.STEPPAGE);
  }

  /** The summary's "abnormal examination findings": what is not normal, not what was not done. */
  @Test
  void abnormalFindingsNameWhatIsNotNormalAndLeaveOutTheNormalAndTheUnexamined() {
    java.util.List<String> found =
        leftL5()
            .withPower(Myotome.L4, RIGHT, 5)
            .withWaddellSign(WaddellSign.values()[0], TestResult.POSITIVE)
            .restNormal()
            .abnormalFindings();
    assertEquals(
        java.util.List.of(
            "Straight leg raise, left: Positive at 40\u00B0",
            "Sensation L5, left: Reduced",
            "Power " + Myotome.L5.label() + ", left: 3/5",
            "Achilles (ankle jerk), left: 1+ reduced",
            "Heel walking, left: Unable",
            "Gait: Steppage (foot drop)",
            "Waddell signs: 1 of 5"),
        found);
    assertTrue(Examination.blank().abnormalFindings().isEmpty(), "nothing examined, nothing found");
  }

  @Test
  void restNormalFillsOnlyWhatWasNotRecorded() {
    Examination exam = leftL5().restNormal();

    assertEquals(
        TensionFinding.positiveAt(40),
        exam.tension().get(NeuralTensionTest.STRAIGHT_LEG_RAISE, LEFT).orElseThrow());
    assertEquals(MrcGrade.of(3), exam.power().get(Myotome.L5, LEFT).orElseThrow());
    assertEquals(Sensation.REDUCED, exam.sensation().get(Dermatome.L5, LEFT).orElseThrow());
    assertEquals(ReflexGrade.of(1), exam.reflexes().get(Reflex.ACHILLES, LEFT).orElseThrow());
    assertEquals(Performance.UNABLE, exam.walking().get(WalkingTest.HEEL_WALK, LEFT).orElseThrow());
    assertEquals(Gait.STEPPAGE, exam.gait());

    assertEquals(
        TensionFinding.NEGATIVE,
        exam.tension().get(NeuralTensionTest.STRAIGHT_LEG_RAISE, RIGHT).orElseThrow());
    assertEquals(MrcGrade.NORMAL, exam.power().get(Myotome.L5, RIGHT).orElseThrow());
    assertEquals(MrcGrade.of(5), exam.power().get(Myotome.S1, LEFT).orElseThrow());
    assertEquals(ReflexGrade.of(2), exam.reflexes().get(Reflex.PATELLAR, LEFT).orElseThrow());
    assertEquals("2+", exam.reflexes().get(Reflex.PATELLAR, RIGHT).orElseThrow().symbol());
    assertEquals(Sensation.NORMAL, exam.sensation().get(Dermatome.L1, RIGHT).orElseThrow());
    assertEquals(TestResult.NEGATIVE, exam.signs().get(SideSign.BABINSKI, LEFT).orElseThrow());
    assertEquals(Performance.ABLE, exam.walking().get(WalkingTest.TOE_WALK, LEFT).orElseThrow());
    assertEquals(WoundState.HEALED, exam.wound());
    assertEquals(ClusterResult.NEGATIVE, exam.siCluster());
    assertEquals(0, exam.waddellCount());
    assertTrue(exam.isComplete());
  }

  @Test
  void restNormalDoesNotOverwriteARecordedNormalOrAbnormalSiTest() {
    Examination exam =
        Examination.blank()
            .withSiTest(SiProvocationTest.THIGH_THRUST, TestResult.POSITIVE)
            .withSiTest(SiProvocationTest.DISTRACTION, TestResult.POSITIVE)
            .withWound(WoundState.DRAINAGE)
            .restNormal();
    assertEquals(2, exam.siProvocation().positiveCount());
    assertEquals(ClusterResult.NEGATIVE, exam.siCluster());
    assertEquals(WoundState.DRAINAGE, exam.wound());
  }

  @Test
  void nothingIsPrefilled() {
    Examination blank = Examination.blank();
    assertTrue(blank.power().get(Myotome.L2, LEFT).isEmpty());
    assertFalse(blank.isComplete());
    // 4 tension + 6 dermatomes + 5 myotomes + 2 reflexes + 3 signs + 2 walking tests, per leg,
    // then gait, 5 SI tests, 5 Waddell categories and the wound
    assertEquals(2 * (4 + 6 + 5 + 2 + 3 + 2) + 1 + 5 + 5 + 1, blank.missing().size());
    assertTrue(leftL5().missing().contains("Power L5 great-toe extension, right"));
    assertFalse(leftL5().missing().contains("Power L5 great-toe extension, left"));
  }

  @Test
  void siClusterIsPositiveWithThreeOfFive() {
    Examination exam =
        Examination.blank()
            .withSiTest(SiProvocationTest.DISTRACTION, TestResult.POSITIVE)
            .withSiTest(SiProvocationTest.THIGH_THRUST, TestResult.POSITIVE)
            .withSiTest(SiProvocationTest.COMPRESSION, TestResult.NEGATIVE);
    assertEquals(ClusterResult.UNDECIDED, exam.siCluster());
    Examination third = exam.withSiTest(SiProvocationTest.SACRAL_THRUST, TestResult.POSITIVE);
    assertEquals(3, third.siProvocation().positiveCount());
    assertEquals(ClusterResult.POSITIVE, third.siCluster());
    Examination all = third.withSiTest(SiProvocationTest.GAENSLEN, TestResult.NEGATIVE);
    assertEquals(ClusterResult.POSITIVE, all.siCluster());
  }

  @Test
  void siClusterIsNegativeOnceThreePositivesAreOutOfReach() {
    Examination exam =
        Examination.blank()
            .withSiTest(SiProvocationTest.DISTRACTION, TestResult.NEGATIVE)
            .withSiTest(SiProvocationTest.THIGH_THRUST, TestResult.NEGATIVE);
    assertEquals(ClusterResult.UNDECIDED, exam.siCluster());
    assertEquals(
        ClusterResult.NEGATIVE,
        exam.withSiTest(SiProvocationTest.GAENSLEN, TestResult.NEGATIVE).siCluster());
  }

  @Test
  void waddellSignsAreCountedOverFiveCategories() {
    Examination exam =
        Examination.blank()
            .withWaddellSign(WaddellSign.TENDERNESS, TestResult.POSITIVE)
            .withWaddellSign(WaddellSign.OVERREACTION, TestResult.POSITIVE)
            .withWaddellSign(WaddellSign.SIMULATION, TestResult.NEGATIVE);
    assertEquals(2, exam.waddellCount());
    assertEquals(ClusterResult.UNDECIDED, exam.waddellResult());
    Examination three =
        exam.withWaddellSign(WaddellSign.REGIONAL_DISTURBANCES, TestResult.POSITIVE);
    assertEquals(ClusterResult.POSITIVE, three.waddellResult());
    assertEquals(5, WaddellSign.values().length);
    assertEquals(5, SiProvocationTest.values().length);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 6, 10})
  void refusesMrcGradesOutside0To5(int grade) {
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> Examination.blank().withPower(Myotome.L4, LEFT, grade));
    assertEquals("mrcGrade", refused.getField());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5})
  void refusesReflexGradesOutside0To4(int grade) {
    assertThrows(
        ClinicalRuleViolation.class,
        () -> Examination.blank().withReflex(Reflex.PATELLAR, RIGHT, grade));
  }

  @Test
  void gradesReadAsWritten() {
    assertEquals("0", ReflexGrade.of(0).symbol());
    assertEquals("4+ very brisk, with clonus", ReflexGrade.of(4).label());
    assertEquals("5 Normal power", MrcGrade.of(5).label());
    assertTrue(MrcGrade.of(4).isWeak());
    assertEquals("L4 ankle dorsiflexion", Myotome.L4.label());
    assertEquals("S1", Reflex.ACHILLES.root());
  }

  @Test
  void gridsArePerLegNotBilateral() {
    assertThrows(
        ClinicalRuleViolation.class,
        () -> Examination.blank().withPower(Myotome.L4, Side.BILATERAL, 4));
  }

  @Test
  void anglesOnlyForAPositiveStraightLegRaise() {
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            Examination.blank()
                .withTension(NeuralTensionTest.SLUMP, LEFT, TensionFinding.positiveAt(30)));
    assertThrows(ClinicalRuleViolation.class, () -> new TensionFinding(TestResult.NEGATIVE, 45));
    assertThrows(ClinicalRuleViolation.class, () -> TensionFinding.positiveAt(91));
    Examination crossed =
        Examination.blank()
            .withTension(
                NeuralTensionTest.CROSSED_STRAIGHT_LEG_RAISE, RIGHT, TensionFinding.positiveAt(60))
            .withTension(NeuralTensionTest.FEMORAL_STRETCH, LEFT, TensionFinding.positive());
    assertEquals(
        60,
        crossed
            .tension()
            .get(NeuralTensionTest.CROSSED_STRAIGHT_LEG_RAISE, RIGHT)
            .orElseThrow()
            .angleDegrees());
  }

  @Test
  void aLaterEntryReplacesTheEarlierOne() {
    Examination exam =
        Examination.blank().withPower(Myotome.S1, RIGHT, 4).withPower(Myotome.S1, RIGHT, 2);
    assertEquals(MrcGrade.of(2), exam.power().get(Myotome.S1, RIGHT).orElseThrow());
  }
}
