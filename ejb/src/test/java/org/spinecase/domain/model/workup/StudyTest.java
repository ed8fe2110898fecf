package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class StudyTest {

  private static final LocalDate ORDERED = LocalDate.of(2025, 3, 3);

  private static Study ordered(StudyType type) {
    return Study.ordered(1, type, Levels.of("L4-L5"), ORDERED);
  }

  @Test
  void piMinusLlIsComputed() {
    StudyFindings.Sagittal sagittal = new StudyFindings.Sagittal(55, 40, 60);
    assertEquals(15, sagittal.piMinusLl());
    assertEquals(-5, new StudyFindings.Sagittal(45, 50, 0).piMinusLl());
    assertEquals(70, new StudyFindings.Sagittal(60, -10, 120).piMinusLl());
  }

  @Test
  void sagittalMeasurementsAreChecked() {
    assertThrows(ClinicalRuleViolation.class, () -> new StudyFindings.Sagittal(550, 40, 60));
    assertThrows(ClinicalRuleViolation.class, () -> new StudyFindings.Sagittal(55, 40, 4000));
  }

  @Test
  void anOrderedStudyIsOutstandingUntilResulted() {
    Study study = ordered(StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM);
    assertTrue(study.isOutstanding());
    assertTrue(study.result().isEmpty());
    Study resulted =
        study.resulted(
            ORDERED.plusDays(10),
            new StudyFindings.Enhancement(
                EnhancementPattern.NON_ENHANCING_DISC_WITH_RIM,
                Set.of(NeuralCompression.DISC_HERNIATION)),
            77L);
    assertFalse(resulted.isOutstanding());
    assertEquals(StudyStatus.RESULTED, resulted.status());
    assertEquals(Levels.of("l4 - l5"), resulted.levels());
    assertEquals(77L, resulted.reportAttachmentId());
  }

  @Test
  void aStudyIsResultedWithTheFindingsOfItsType() {
    Study mri = ordered(StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM);
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                mri.resulted(
                    ORDERED, new StudyFindings.FusionCt(FusionStatus.FUSED, false, false), null));
    assertEquals("findings", refused.getField());
    assertEquals(StudyFindings.Dynamic.class, StudyType.FLEXION_EXTENSION_XRAYS.findingsType());
    assertEquals(StudyFindings.Compression.class, StudyType.CT_MYELOGRAM.findingsType());
  }

  @Test
  void resultCannotPrecedeTheOrder() {
    Study ct = ordered(StudyType.CT);
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            ct.resulted(
                ORDERED.minusDays(1),
                new StudyFindings.FusionCt(FusionStatus.NOT_FUSED, true, true),
                null));
  }

  @Test
  void dynamicFindingsInMmAndDegrees() {
    StudyFindings.Dynamic dynamic =
        new StudyFindings.Dynamic(new BigDecimal("4.5"), new BigDecimal("12"));
    assertEquals(new BigDecimal("4.5"), dynamic.translationMm());
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new StudyFindings.Dynamic(new BigDecimal("-1"), BigDecimal.ONE));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new StudyFindings.Dynamic(BigDecimal.ONE, new BigDecimal("120")));
  }

  @Test
  void electrodiagnosticFindingsPerRootAndSide() {
    StudyFindings.Electrodiagnostic emg =
        new StudyFindings.Electrodiagnostic(
            Map.of(NerveRoot.L5, RootFinding.ACTIVE_DENERVATION),
            Map.of(NerveRoot.L5, RootFinding.NORMAL));
    assertEquals(RootFinding.ACTIVE_DENERVATION, emg.finding(NerveRoot.L5, Side.LEFT));
    assertEquals(RootFinding.NORMAL, emg.finding(NerveRoot.L5, Side.RIGHT));
    assertEquals(RootFinding.NOT_TESTED, emg.finding(NerveRoot.S1, Side.LEFT));
    assertThrows(
        ClinicalRuleViolation.class, () -> new StudyFindings.Electrodiagnostic(Map.of(), Map.of()));
  }

  @Test
  void inflammatoryMarkersInTheirUnits() {
    StudyFindings.InflammatoryMarkers markers =
        new StudyFindings.InflammatoryMarkers(new BigDecimal("45"), null);
    assertEquals(new BigDecimal("45"), markers.esrMmPerHour());
    assertThrows(
        ClinicalRuleViolation.class, () -> new StudyFindings.InflammatoryMarkers(null, null));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> new StudyFindings.InflammatoryMarkers(null, new BigDecimal("-3")));
  }

  @Test
  void noCompressionExcludesACompressiveFinding() {
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            new StudyFindings.Compression(
                Set.of(NeuralCompression.NONE, NeuralCompression.FORAMINAL_STENOSIS)));
    assertThrows(ClinicalRuleViolation.class, () -> new StudyFindings.Compression(Set.of()));
  }

  @Test
  void studyTypesOfTheReference() {
    assertEquals(8, StudyType.values().length);
    assertEquals(EvidenceBasis.IMAGING, StudyType.CT_MYELOGRAM.evidenceBasis());
    assertEquals(EvidenceBasis.ELECTRODIAGNOSTIC, StudyType.EMG_NCS.evidenceBasis());
  }
}
