package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class CausesTest {

  /** The taxonomy of docs/clinical-reference.md, "Cause taxonomy", copied here by hand. */
  private static final List<String> REFERENCE_TAXONOMY =
      List.of(
          "Residual or recurrent disc herniation",
          "Incomplete decompression",
          "Foraminal stenosis",
          "Central or lateral-recess stenosis",
          "Epidural fibrosis (scar)",
          "Arachnoiditis",
          "Pseudarthrosis / failed fusion",
          "Adjacent segment disease",
          "Instability or spondylolisthesis",
          "Sagittal imbalance / flatback",
          "Hardware failure, malposition or migration",
          "Facet joint pain",
          "Sacroiliac joint pain",
          "Discogenic pain",
          "Neuropathic pain / nerve-root injury",
          "Wrong-level or wrong-procedure surgery",
          "Infection (discitis, abscess)",
          "Pseudomeningocele / CSF leak",
          "Myofascial pain / deconditioning",
          "Unknown");

  @Test
  void causesAreExactlyTheReferenceTaxonomy() {
    assertEquals(
        REFERENCE_TAXONOMY, Arrays.stream(FbssCause.values()).map(FbssCause::label).toList());
  }

  @Test
  void classificationsOfTheReference() {
    assertEquals(6, GuyerCategory.values().length);
    assertEquals(3, CauseTiming.values().length);
    assertEquals(3, PainMechanism.values().length);
    assertEquals(4, Certainty.values().length);
    assertEquals(4, EvidenceBasis.values().length);
  }

  static CauseFinding recurrentDisc(long studyId) {
    return new CauseFinding(
        FbssCause.RESIDUAL_OR_RECURRENT_DISC_HERNIATION,
        List.of(Levels.of("L4-L5")),
        Side.LEFT,
        Set.of(EvidenceBasis.IMAGING, EvidenceBasis.CLINICAL),
        List.of(EvidenceRef.study(studyId)),
        Certainty.CONFIRMED,
        CauseTiming.POST_OPERATIVE,
        true);
  }

  @Test
  void aCauseSaysWhatItRestsOn() {
    CauseFinding cause = recurrentDisc(1);
    assertFalse(cause.isExcluded());
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            new CauseFinding(
                FbssCause.FACET_JOINT_PAIN,
                List.of(),
                Side.LEFT,
                Set.of(),
                List.of(),
                Certainty.PROBABLE,
                null,
                false));
    CauseFinding unknown =
        new CauseFinding(
            FbssCause.UNKNOWN, null, null, null, null, Certainty.POSSIBLE, null, false);
    assertEquals(Set.of(), unknown.basis());
  }

  @Test
  void aLinkedBlockNeedsTheBlockBasis() {
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                new CauseFinding(
                    FbssCause.FACET_JOINT_PAIN,
                    List.of(Levels.of("L4-L5")),
                    Side.BILATERAL,
                    Set.of(EvidenceBasis.CLINICAL),
                    List.of(EvidenceRef.block(1)),
                    Certainty.PROBABLE,
                    CauseTiming.POST_OPERATIVE,
                    false));
    assertEquals("basis", refused.getField());
  }

  @Test
  void completeWithACauseNotExcludedAndADiagnosis() {
    CauseFinding excluded =
        new CauseFinding(
            FbssCause.INFECTION,
            List.of(Levels.of("L4-L5")),
            null,
            Set.of(EvidenceBasis.CLINICAL),
            List.of(),
            Certainty.EXCLUDED,
            null,
            false);
    Diagnosis diagnosis = Diagnosis.postLaminectomySyndrome(PainMechanism.NEUROPATHIC);

    assertEquals(
        List.of("at least one cause not excluded"),
        new CausesAndDiagnosis(List.of(excluded), diagnosis).missing());
    assertEquals(
        List.of("diagnosis"), new CausesAndDiagnosis(List.of(recurrentDisc(1)), null).missing());
    CausesAndDiagnosis complete =
        new CausesAndDiagnosis(List.of(excluded, recurrentDisc(1)), diagnosis);
    assertTrue(complete.isComplete());
    assertEquals(1, complete.activeCauses().size());
  }

  @Test
  void diagnosisWithM961AndSupplementaryCodes() {
    Diagnosis diagnosis =
        Diagnosis.postLaminectomySyndrome(PainMechanism.NEUROPATHIC, PainMechanism.NOCICEPTIVE)
            .withSupplementary(Icd10Code.G89_29)
            .withGuyer(GuyerCategory.NEW_OR_PROGRESSIVE_DISEASE)
            .withIcd11(Icd11Cluster.of(Icd11Cluster.CHRONIC_POSTSURGICAL_PAIN));
    assertEquals("M96.1", diagnosis.icd10().code());
    assertTrue(diagnosis.isMixed());
    assertEquals("MG30.21", diagnosis.icd11().expression());
    assertTrue(Icd10Code.M96_0.verify());
    assertFalse(Icd10Code.M96_1.verify());
  }

  @Test
  void chronicPainCodesOnlySupplement() {
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            new Diagnosis(
                Icd10Code.G89_4, Set.of(), null, Set.of(PainMechanism.NOCIPLASTIC), Set.of()));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> Diagnosis.postLaminectomySyndrome().withSupplementary(Icd10Code.G89_29));
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            Diagnosis.postLaminectomySyndrome(PainMechanism.NEUROPATHIC)
                .withSupplementary(Icd10Code.M96_1));
  }

  @Test
  void icd11ClusterKeepsStemAndExtensionsApart() {
    // Extension strings here test the shape only; they make no claim about what a code means.
    Icd11Cluster cluster = Icd11Cluster.of(" mg30.21 ", "XA1234", "XK9Z");
    assertEquals("MG30.21", cluster.stem());
    assertEquals(List.of("XA1234", "XK9Z"), cluster.extensions());
    assertEquals("MG30.21&XA1234&XK9Z", cluster.expression());
  }

  @ParameterizedTest
  @ValueSource(strings = {"M96.1", "MG30.211", "MI30.21", "XK9Z", "MG3.21", ""})
  void refusesStemsNotShapedLikeIcd11(String stem) {
    assertThrows(ClinicalRuleViolation.class, () -> Icd11Cluster.of(stem));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MG30.21", "AB12", "X1", "XO12", "K9Z"})
  void refusesExtensionsNotShapedLikeIcd11(String extension) {
    assertThrows(ClinicalRuleViolation.class, () -> Icd11Cluster.of("MG30.21", extension));
  }

  @Test
  void refusesTheSameExtensionTwice() {
    assertThrows(ClinicalRuleViolation.class, () -> Icd11Cluster.of("MG30.21", "XK9Z", "xk9z"));
  }
}
