package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class DiagnosticBlockTest {

  static final BlockTarget LEFT_L4_L5_FACETS =
      new BlockTarget(BlockType.MEDIAL_BRANCH_BLOCK, Levels.of("L4-L5"), Side.LEFT);

  static DiagnosticBlock block(int preNrs) {
    return block(
        LEFT_L4_L5_FACETS, LocalAnaesthetic.LIDOCAINE, LocalDate.of(2025, 4, 1), preNrs, Map.of());
  }

  static DiagnosticBlock block(
      BlockTarget target,
      LocalAnaesthetic agent,
      LocalDate on,
      int preNrs,
      Map<ReadingTime, Integer> post) {
    return new DiagnosticBlock(
        0,
        on,
        target,
        Guidance.FLUOROSCOPY,
        agent,
        new BigDecimal("0.5"),
        Sedation.NONE,
        preNrs,
        post,
        null,
        Concordance.CONCORDANT,
        Set.of());
  }

  @Test
  void reliefFrom8To2Is75Percent() {
    DiagnosticBlock block = block(8).withPostNrs(ReadingTime.MIN_30, 2);
    assertEquals(75.0, block.reliefPercent(ReadingTime.MIN_30).orElseThrow(), 1e-9);
    assertTrue(block.reliefPercent(ReadingTime.HOUR_6).isEmpty());
  }

  @Test
  void bestReliefIsTheLowestPainAfter() {
    DiagnosticBlock block =
        block(8)
            .withPostNrs(ReadingTime.MIN_30, 3)
            .withPostNrs(ReadingTime.HOUR_1, 1)
            .withPostNrs(ReadingTime.HOUR_2, 1)
            .withPostNrs(ReadingTime.HOUR_4, 6);
    assertEquals(87.5, block.bestReliefPercent().orElseThrow(), 1e-9);
    assertEquals(ReadingTime.HOUR_1, block.bestReliefAt().orElseThrow());
    assertEquals(25.0, block.reliefPercent(ReadingTime.HOUR_4).orElseThrow(), 1e-9);
  }

  @Test
  void worsePainIsNegativeRelief() {
    assertEquals(
        -50.0, block(4).withPostNrs(ReadingTime.HOUR_1, 6).bestReliefPercent().orElseThrow(), 1e-9);
  }

  @Test
  void refusesWhatCannotBeMeasured() {
    assertThrows(ClinicalRuleViolation.class, () -> block(0));
    assertThrows(ClinicalRuleViolation.class, () -> block(11));
    assertThrows(ClinicalRuleViolation.class, () -> block(7).withPostNrs(ReadingTime.HOUR_2, -1));
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            new DiagnosticBlock(
                0,
                LocalDate.of(2025, 4, 1),
                LEFT_L4_L5_FACETS,
                Guidance.CT,
                LocalAnaesthetic.BUPIVACAINE,
                BigDecimal.ZERO,
                Sedation.NONE,
                7,
                Map.of(),
                null,
                null,
                null));
  }

  @Test
  void sedationIsMarkedAsConfounding() {
    DiagnosticBlock sedated =
        new DiagnosticBlock(
            0,
            LocalDate.of(2025, 4, 1),
            LEFT_L4_L5_FACETS,
            Guidance.FLUOROSCOPY,
            LocalAnaesthetic.LIDOCAINE,
            new BigDecimal("0.5"),
            Sedation.CONSCIOUS_SEDATION,
            7,
            Map.of(),
            null,
            null,
            Set.of(BlockComplication.VASOVAGAL));
    assertTrue(sedated.isConfoundedBySedation());
    assertEquals(Concordance.NOT_ASSESSED, sedated.concordance());
    assertFalse(block(7).isConfoundedBySedation());
  }

  @Test
  void aComparativeSeriesMeetsTheThresholdOnlyIfEveryBlockDoes() {
    DiagnosticBlock lidocaine =
        block(
            LEFT_L4_L5_FACETS,
            LocalAnaesthetic.LIDOCAINE,
            LocalDate.of(2025, 4, 1),
            8,
            Map.of(ReadingTime.MIN_30, 1));
    DiagnosticBlock bupivacaine =
        block(
            LEFT_L4_L5_FACETS,
            LocalAnaesthetic.BUPIVACAINE,
            LocalDate.of(2025, 4, 15),
            8,
            Map.of(ReadingTime.MIN_30, 2, ReadingTime.HOUR_2, 1));
    BlockSeries series = new BlockSeries(LEFT_L4_L5_FACETS, List.of(bupivacaine, lidocaine));

    assertEquals(List.of(lidocaine, bupivacaine), series.blocks());
    assertTrue(series.isComparative());
    assertTrue(series.meetsThreshold(80));
    assertTrue(series.meetsCommonThreshold());
    assertEquals(80.0, BlockSeries.COMMON_RELIEF_THRESHOLD_PERCENT);

    DiagnosticBlock weak =
        block(
            LEFT_L4_L5_FACETS,
            LocalAnaesthetic.BUPIVACAINE,
            LocalDate.of(2025, 4, 15),
            8,
            Map.of(ReadingTime.MIN_30, 2));
    BlockSeries partly = new BlockSeries(LEFT_L4_L5_FACETS, List.of(lidocaine, weak));
    assertFalse(partly.meetsThreshold(80));
    assertTrue(partly.meetsThreshold(75));
  }

  @Test
  void aBlockWithoutRatingAfterMeetsNoThreshold() {
    BlockSeries series = new BlockSeries(LEFT_L4_L5_FACETS, List.of(block(6)));
    assertFalse(series.meetsThreshold(0));
    assertFalse(series.isComparative());
  }

  @Test
  void aSeriesHasOneTarget() {
    BlockTarget right =
        new BlockTarget(BlockType.MEDIAL_BRANCH_BLOCK, Levels.of("L4-L5"), Side.RIGHT);
    DiagnosticBlock other =
        block(right, LocalAnaesthetic.LIDOCAINE, LocalDate.of(2025, 4, 1), 8, Map.of());
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new BlockSeries(LEFT_L4_L5_FACETS, List.of(block(8), other)));
  }
}
