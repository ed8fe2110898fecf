package org.spinecase.infrastructure.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecase.domain.model.workup.*;

/**
 * Every section, every shape of study findings and blocks survive the trip through their jsonb
 * column unchanged, with every value of every list the domain has (so a renamed constant or a
 * forgotten field fails here, not in a stored workup), and half-done sections stay half done.
 */
class WorkupJsonTest {

  private static <T> T cycle(T[] values, int i) {
    return values[i % values.length];
  }

  private static SectionContent roundTrip(SectionContent content) {
    String json = WorkupJson.section(content);
    SectionContent read = WorkupJson.section(content.section(), json);
    assertEquals(content, read, json);
    assertEquals(json, WorkupJson.section(read), "written the same way twice");
    return read;
  }

  @ParameterizedTest
  @EnumSource(PainFreeInterval.class)
  void historyWithEveryListValue(PainFreeInterval interval) {
    int i = interval.ordinal();
    List<Medication> medications = new ArrayList<>();
    for (MedicationClass type : MedicationClass.values()) {
      if (type == MedicationClass.OPIOID) {
        for (Opioid opioid : Opioid.values()) {
          int times = opioid.unit() == Opioid.DoseUnit.MCG_PER_HOUR ? 1 : 2;
          medications.add(
              Medication.opioid(opioid.label(), new OpioidDose(opioid, new BigDecimal("12.5"), times)));
        }
      } else {
        medications.add(Medication.other("Drug " + type.name(), type));
      }
    }
    List<PriorTreatment> treatments = new ArrayList<>();
    for (PriorTreatmentType type : PriorTreatmentType.values()) {
      treatments.add(new PriorTreatment(type, cycle(TreatmentResponse.values(), type.ordinal())));
    }
    History history =
        new History(
            cycle(PreoperativeIndication.values(), i),
            cycle(ImagingConcordance.values(), i),
            interval,
            new BackLegShare(30 + i),
            EnumSet.allOf(NeuropathicDescriptor.class),
            treatments,
            medications,
            cycle(WorkStatus.values(), i),
            cycle(ClaimStatus.values(), i),
            cycle(ClaimStatus.values(), i + 1),
            EnumSet.allOf(PatientGoal.class),
            "Walk the dog again, \"without\" pain.\nSecond line é");
    History read = (History) roundTrip(history);
    assertEquals(history.mmePerDay(), read.mmePerDay());
  }

  @Test
  void everyEnumValueOfTheHistoryListsIsCovered() {
    for (int i = 0; i < 12; i++) {
      History history =
          History.builder()
              .indication(cycle(PreoperativeIndication.values(), i), cycle(ImagingConcordance.values(), i))
              .workStatus(cycle(WorkStatus.values(), i))
              .claims(cycle(ClaimStatus.values(), i), cycle(ClaimStatus.values(), i))
              .goals(cycle(PatientGoal.values(), i))
              .build();
      roundTrip(history);
    }
  }

  @Test
  void aHalfDoneHistoryStaysHalfDoneAndNoMedicationsIsNotNotAsked() {
    History empty = History.builder().build();
    History read = (History) roundTrip(empty);
    assertNull(read.medications());
    assertEquals(empty.missing(), read.missing());
    History none = History.builder().medications().build();
    assertEquals(List.of(), ((History) roundTrip(none)).medications());
  }

  @Test
  void redFlagsWithEverySignAndThePlan() {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered();
    for (RedFlagSign sign : RedFlagSign.values()) {
      checklist = checklist.with(sign, cycle(TestResult.values(), sign.ordinal()));
    }
    checklist = checklist.withUrgentPlan("MRI today, call on-call surgeon");
    RedFlagChecklist read = (RedFlagChecklist) roundTrip(checklist);
    assertEquals(checklist.positiveFlags(), read.positiveFlags());
    RedFlagChecklist partial =
        (RedFlagChecklist) roundTrip(RedFlagChecklist.unanswered().with(RedFlagSign.values()[0], TestResult.NEGATIVE));
    assertFalse(partial.isComplete());
    roundTrip(RedFlagChecklist.unanswered());
  }

  @Test
  void examinationEveryCellEveryValue() {
    Examination exam = Examination.blank();
    int i = 0;
    for (Side side : Side.LEGS) {
      for (NeuralTensionTest test : NeuralTensionTest.values()) {
        TensionFinding finding =
            i++ % 2 == 0
                ? TensionFinding.NEGATIVE
                : test.takesAngle() ? TensionFinding.positiveAt(35 + i) : TensionFinding.positive();
        exam = exam.withTension(test, side, finding);
      }
      for (Dermatome dermatome : Dermatome.values()) {
        exam = exam.withSensation(dermatome, side, cycle(Sensation.values(), i++));
      }
      for (Myotome myotome : Myotome.values()) {
        exam = exam.withPower(myotome, side, i++ % 6);
      }
      for (Reflex reflex : Reflex.values()) {
        exam = exam.withReflex(reflex, side, i++ % 5);
      }
      for (SideSign sign : SideSign.values()) {
        exam = exam.withSign(sign, side, cycle(TestResult.values(), i++));
      }
      for (WalkingTest test : WalkingTest.values()) {
        exam = exam.withWalking(test, side, cycle(Performance.values(), i++));
      }
    }
    for (SiProvocationTest test : SiProvocationTest.values()) {
      exam = exam.withSiTest(test, cycle(TestResult.values(), i++));
    }
    for (WaddellSign sign : WaddellSign.values()) {
      exam = exam.withWaddellSign(sign, cycle(TestResult.values(), i++));
    }
    Examination complete = exam.withGait(Gait.ANTALGIC).withWound(WoundState.TENDER);
    Examination read = (Examination) roundTrip(complete);
    assertTrue(read.isComplete());
    assertEquals(complete.siCluster(), read.siCluster());
    assertEquals(complete.waddellCount(), read.waddellCount());
    for (Gait gait : Gait.values()) {
      roundTrip(Examination.blank().withGait(gait));
    }
    for (WoundState wound : WoundState.values()) {
      roundTrip(Examination.blank().withWound(wound));
    }
  }

  @Test
  void emptyCellsStayEmptyAfterTheTrip() {
    Examination partial =
        Examination.blank()
            .withPower(Myotome.values()[0], Side.LEFT, 4)
            .withSiTest(SiProvocationTest.values()[0], TestResult.POSITIVE);
    Examination read = (Examination) roundTrip(partial);
    assertEquals(partial.missing(), read.missing());
    assertEquals(Examination.blank().restNormal(), roundTrip(Examination.blank().restNormal()));
  }

  @Test
  void psychosocialLinksAndScreens() {
    for (SubstanceUseScreen screen : SubstanceUseScreen.values()) {
      PsychosocialScreening screening = PsychosocialScreening.none().withSubstanceUse(screen);
      long id = 1000;
      for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
        screening = screening.linking(instrument, id++ * 1_000_000_007L);
      }
      roundTrip(screening);
    }
    roundTrip(PsychosocialScreening.none());
    roundTrip(new PsychosocialScreening(Map.of(), null, "Hopes to work again"));
  }

  @Test
  void causesEveryCauseBasisCertaintyTimingAndDiagnosisCode() {
    List<CauseFinding> causes = new ArrayList<>();
    int i = 0;
    for (FbssCause cause : FbssCause.values()) {
      causes.add(
          new CauseFinding(
              cause,
              i % 3 == 0 ? List.of() : List.of(Levels.of("L4-L5"), Levels.of("L5-S1")),
              i % 4 == 3 ? null : cycle(Side.values(), i),
              EnumSet.allOf(EvidenceBasis.class),
              List.of(EvidenceRef.study(1), EvidenceRef.block(2), EvidenceRef.study(3)),
              cycle(Certainty.values(), i),
              i % 5 == 4 ? null : cycle(CauseTiming.values(), i),
              i % 2 == 0));
      i++;
    }
    causes.add(new CauseFinding(FbssCause.UNKNOWN, null, null, null, null, Certainty.POSSIBLE, null, false));
    for (Icd10Code code : Icd10Code.values()) {
      if (!code.mayBePrimary()) {
        continue;
      }
      Set<Icd10Code> supplementary = EnumSet.allOf(Icd10Code.class);
      supplementary.remove(code);
      Diagnosis diagnosis =
          new Diagnosis(
              code,
              supplementary,
              Icd11Cluster.of(Icd11Cluster.CHRONIC_POSTSURGICAL_PAIN, "XA1234", "XK9Z"),
              EnumSet.allOf(PainMechanism.class),
              EnumSet.allOf(GuyerCategory.class));
      roundTrip(new CausesAndDiagnosis(causes, diagnosis));
    }
    for (PainMechanism mechanism : PainMechanism.values()) {
      roundTrip(new CausesAndDiagnosis(List.of(), Diagnosis.postLaminectomySyndrome(mechanism)));
    }
    roundTrip(new CausesAndDiagnosis(List.of(), null));
  }

  @Test
  void theTwoAssessments() {
    roundTrip(new FunctionAndMovement(20, 45, "Walks 200 m; sits 45 min.\nFear of bending."));
    roundTrip(new FunctionAndMovement(null, null, null));
    roundTrip(new PsychologicalEvaluation("Catastrophising high; engaged."));
    roundTrip(new PsychologicalEvaluation(null));
  }

  private static void roundTrip(StudyType type, StudyFindings findings) {
    assertTrue(type.findingsType().isInstance(findings), type + " takes " + findings);
    String json = WorkupJson.findings(findings);
    assertEquals(findings, WorkupJson.findings(type, json), json);
  }

  @Test
  void everyShapeOfFindings() {
    for (EnhancementPattern pattern : EnhancementPattern.values()) {
      roundTrip(
          StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM,
          new StudyFindings.Enhancement(pattern, Set.of(NeuralCompression.DISC_HERNIATION)));
    }
    roundTrip(
        StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM,
        new StudyFindings.Enhancement(EnhancementPattern.values()[0], null));
    Set<NeuralCompression> compressive = EnumSet.allOf(NeuralCompression.class);
    compressive.remove(NeuralCompression.NONE);
    roundTrip(StudyType.MRI_WITHOUT_GADOLINIUM, new StudyFindings.Compression(compressive));
    roundTrip(StudyType.CT_MYELOGRAM, new StudyFindings.Compression(Set.of(NeuralCompression.NONE)));
    for (FusionStatus status : FusionStatus.values()) {
      roundTrip(StudyType.CT, new StudyFindings.FusionCt(status, true, false));
      roundTrip(StudyType.CT, new StudyFindings.FusionCt(status, false, true));
    }
    roundTrip(
        StudyType.FLEXION_EXTENSION_XRAYS,
        new StudyFindings.Dynamic(new BigDecimal("4.50"), new BigDecimal("12")));
    roundTrip(StudyType.STANDING_LONG_FILMS, new StudyFindings.Sagittal(55, -10, -40));
    Map<NerveRoot, RootFinding> left = new EnumMap<>(NerveRoot.class);
    Map<NerveRoot, RootFinding> right = new EnumMap<>(NerveRoot.class);
    int i = 0;
    for (NerveRoot root : NerveRoot.values()) {
      left.put(root, cycle(RootFinding.values(), i++));
      right.put(root, cycle(RootFinding.values(), i + 2));
    }
    roundTrip(StudyType.EMG_NCS, new StudyFindings.Electrodiagnostic(left, right));
    roundTrip(StudyType.EMG_NCS, new StudyFindings.Electrodiagnostic(left, Map.of()));
    roundTrip(
        StudyType.ESR_CRP,
        new StudyFindings.InflammatoryMarkers(new BigDecimal("35"), new BigDecimal("12.4")));
    roundTrip(StudyType.ESR_CRP, new StudyFindings.InflammatoryMarkers(null, new BigDecimal("3")));
    roundTrip(StudyType.ESR_CRP, new StudyFindings.InflammatoryMarkers(new BigDecimal("8"), null));
  }

  @Test
  void blocksWithEveryTargetAgentSedationAndRating() {
    int i = 0;
    for (BlockType type : BlockType.values()) {
      for (LocalAnaesthetic agent : LocalAnaesthetic.values()) {
        Map<ReadingTime, Integer> post = new EnumMap<>(ReadingTime.class);
        for (ReadingTime time : ReadingTime.values()) {
          post.put(time, (i + time.ordinal()) % 11);
        }
        DiagnosticBlock block =
            new DiagnosticBlock(
                7 + i,
                LocalDate.of(2025, 4, 1).plusDays(i),
                new BlockTarget(type, Levels.of("L5-S1"), cycle(Side.values(), i)),
                cycle(Guidance.values(), i),
                agent,
                new BigDecimal("0.50"),
                cycle(Sedation.values(), i),
                8,
                i % 2 == 0 ? post : Map.of(),
                i % 3 == 0 ? null : 2.5,
                cycle(Concordance.values(), i),
                i % 2 == 0 ? EnumSet.allOf(BlockComplication.class) : Set.of());
        String json = WorkupJson.block(block);
        DiagnosticBlock read = WorkupJson.block(block.id(), json);
        assertEquals(block, read, json);
        assertEquals(block.bestReliefPercent(), read.bestReliefPercent());
        i++;
      }
    }
  }
}
