package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class WorkupSheetTest {

  static final Author SURGEON = new Author("surgeon1", Discipline.SURGERY);
  static final Author PAIN_SPECIALIST = new Author("pain1", Discipline.PAIN_MEDICINE);
  static final Author PHYSIOTHERAPIST = new Author("physio1", Discipline.PHYSIOTHERAPY);
  static final Author PSYCHOLOGIST = new Author("psych1", Discipline.PSYCHOLOGY);
  static final Author COORDINATOR = new Author("coord1", Discipline.COORDINATION);
  static final Instant SIGNED_AT = Instant.parse("2025-05-02T10:15:30Z");

  private final WorkupSheet sheet = new WorkupSheet();

  /** A surgeon's complete workup: a recurrent disc backed by an MRI with gadolinium. */
  private void completeRequiredSections() {
    sheet.save(SURGEON, HistoryTest.complete());
    sheet.save(SURGEON, RedFlagChecklist.unanswered().restNegative());
    sheet.save(PAIN_SPECIALIST, ExaminationTest.leftL5().restNormal());
    Study mri =
        sheet.orderStudy(
            SURGEON,
            StudyType.MRI_WITH_AND_WITHOUT_GADOLINIUM,
            Levels.of("L4-L5"),
            LocalDate.of(2025, 4, 1));
    sheet.resultStudy(
        SURGEON,
        mri.id(),
        LocalDate.of(2025, 4, 10),
        new StudyFindings.Enhancement(
            EnhancementPattern.NON_ENHANCING_DISC_WITH_RIM,
            Set.of(NeuralCompression.DISC_HERNIATION)),
        null);
    sheet.save(
        SURGEON,
        new CausesAndDiagnosis(
            List.of(CausesTest.recurrentDisc(mri.id())),
            Diagnosis.postLaminectomySyndrome(PainMechanism.NEUROPATHIC)));
  }

  @Test
  void signingIsRefusedNamingTheMissingSections() {
    sheet.save(SURGEON, HistoryTest.complete());
    sheet.save(SURGEON, new CausesAndDiagnosis(List.of(), null));

    WorkupRefused refused = assertThrows(WorkupRefused.class, () -> sheet.sign(SURGEON, SIGNED_AT));
    assertEquals(WorkupRefused.Reason.INCOMPLETE, refused.getReason());
    String message = refused.getMessage();
    assertFalse(message.contains("History"), message);
    assertTrue(message.contains("Red flags (not started)"), message);
    assertTrue(message.contains("Examination (not started)"), message);
    assertTrue(message.contains("Imaging and tests (no study recorded)"), message);
    assertFalse(message.contains("Psychosocial"), "optional for signing: " + message);
    assertTrue(
        message.contains("Causes and diagnosis (at least one cause not excluded, diagnosis)"),
        message);
    assertFalse(sheet.isSigned());
  }

  @Test
  void aCompleteWorkupIsSignedByASurgeon() {
    completeRequiredSections();
    Signature signature = sheet.sign(SURGEON, SIGNED_AT);
    assertTrue(sheet.isSigned());
    assertEquals(SURGEON, signature.author());
    assertEquals(SIGNED_AT, sheet.signature().orElseThrow().signedAt());
  }

  @Test
  void aPainSpecialistMaySignToo() {
    completeRequiredSections();
    sheet.sign(PAIN_SPECIALIST, SIGNED_AT);
    assertTrue(sheet.isSigned());
  }

  @ParameterizedTest
  @EnumSource(
      value = Discipline.class,
      names = {"PHYSIOTHERAPY", "PSYCHOLOGY", "COORDINATION"})
  void onlySurgeonsAndPainSpecialistsSign(Discipline discipline) {
    completeRequiredSections();
    WorkupRefused refused =
        assertThrows(
            WorkupRefused.class, () -> sheet.sign(new Author("someone", discipline), SIGNED_AT));
    assertEquals(WorkupRefused.Reason.ROLE, refused.getReason());
  }

  @Test
  void aSignedWorkupRefusesEditsAndTakesAddenda() {
    completeRequiredSections();
    sheet.sign(SURGEON, SIGNED_AT);

    WorkupRefused edit =
        assertThrows(
            WorkupRefused.class,
            () -> sheet.save(SURGEON, RedFlagChecklist.unanswered().restNegative()));
    assertEquals(WorkupRefused.Reason.SIGNED, edit.getReason());
    assertThrows(
        WorkupRefused.class,
        () ->
            sheet.orderStudy(SURGEON, StudyType.CT, Levels.of("L4-L5"), LocalDate.of(2025, 5, 3)));
    assertThrows(WorkupRefused.class, () -> sheet.sign(SURGEON, SIGNED_AT.plusSeconds(60)));
    assertThrows(
        WorkupRefused.class,
        () -> sheet.save(PHYSIOTHERAPIST, new FunctionAndMovement(10, 20, "Deconditioned.")));

    Instant later = SIGNED_AT.plusSeconds(86_400);
    Addendum addendum =
        sheet.addAddendum(
            SURGEON, later, WorkupSection.STUDIES, "EMG shows active L5 denervation on the left.");
    sheet.addAddendum(PHYSIOTHERAPIST, later, null, "Walking tolerance 10 minutes.");
    assertEquals(later, addendum.signature().signedAt());
    assertEquals(SURGEON, addendum.signature().author());
    assertEquals(WorkupSection.STUDIES, addendum.section().orElseThrow());
    assertEquals(2, sheet.addenda().size());
    // the signed content is unchanged beside the addenda
    assertTrue(sheet.isComplete(WorkupSection.CAUSES));
  }

  @Test
  void addendaNeedASignedWorkupADateAfterItAndText() {
    WorkupRefused notSigned =
        assertThrows(
            WorkupRefused.class, () -> sheet.addAddendum(SURGEON, SIGNED_AT, null, "Too early"));
    assertEquals(WorkupRefused.Reason.NOT_SIGNED, notSigned.getReason());

    completeRequiredSections();
    sheet.sign(SURGEON, SIGNED_AT);
    assertThrows(
        ClinicalRuleViolation.class,
        () -> sheet.addAddendum(SURGEON, SIGNED_AT.minusSeconds(1), null, "Backdated"));
    assertThrows(
        ClinicalRuleViolation.class, () -> sheet.addAddendum(SURGEON, SIGNED_AT, null, "   "));
    assertThrows(
        WorkupRefused.class, () -> sheet.addAddendum(COORDINATOR, SIGNED_AT, null, "Note"));
  }

  @Test
  void eachDisciplineWritesItsOwnSections() {
    sheet.save(PHYSIOTHERAPIST, new FunctionAndMovement(15, 30, "Poor core endurance."));
    sheet.save(PSYCHOLOGIST, new PsychologicalEvaluation("No barrier to intervention."));
    assertTrue(sheet.isComplete(WorkupSection.FUNCTION_AND_MOVEMENT));
    assertTrue(sheet.isComplete(WorkupSection.PSYCHOLOGICAL_EVALUATION));

    assertRefused(PHYSIOTHERAPIST, HistoryTest.complete());
    assertRefused(PSYCHOLOGIST, PsychosocialScreening.none());
    assertRefused(PSYCHOLOGIST, new FunctionAndMovement(null, null, "x"));
    assertRefused(SURGEON, new PsychologicalEvaluation("x"));
    assertRefused(SURGEON, new FunctionAndMovement(null, null, "x"));
    assertRefused(COORDINATOR, Examination.blank());
    assertThrows(
        WorkupRefused.class,
        () -> sheet.orderStudy(COORDINATOR, StudyType.ESR_CRP, null, LocalDate.of(2025, 4, 1)));
  }

  private void assertRefused(Author author, SectionContent content) {
    WorkupRefused refused = assertThrows(WorkupRefused.class, () -> sheet.save(author, content));
    assertEquals(WorkupRefused.Reason.ROLE, refused.getReason());
  }

  @Test
  void sectionRolesAsTheIssueGivesThem() {
    for (WorkupSection section : WorkupSection.values()) {
      boolean own =
          section == WorkupSection.FUNCTION_AND_MOVEMENT
              || section == WorkupSection.PSYCHOLOGICAL_EVALUATION;
      assertEquals(!own, section.mayWrite(Discipline.SURGERY), section.name());
      assertEquals(!own, section.mayWrite(Discipline.PAIN_MEDICINE), section.name());
      assertEquals(
          section == WorkupSection.FUNCTION_AND_MOVEMENT,
          section.mayWrite(Discipline.PHYSIOTHERAPY));
      assertEquals(
          section == WorkupSection.PSYCHOLOGICAL_EVALUATION,
          section.mayWrite(Discipline.PSYCHOLOGY));
      assertFalse(section.mayWrite(Discipline.COORDINATION));
      assertTrue(section.mayRead(Discipline.PSYCHOLOGY));
      assertTrue(section.mayRead(Discipline.PHYSIOTHERAPY));
      assertEquals(section == WorkupSection.STUDIES, section.mayRead(Discipline.COORDINATION));
    }
    assertEquals(
        List.of(
            WorkupSection.HISTORY,
            WorkupSection.RED_FLAGS,
            WorkupSection.EXAMINATION,
            WorkupSection.STUDIES,
            WorkupSection.CAUSES),
        WorkupSection.requiredForSigning());
  }

  @Test
  void sectionsSaveOnTheirOwnAndShowWhichAreComplete() {
    assertTrue(sheet.completeSections().isEmpty());
    sheet.save(SURGEON, History.builder().backPercent(40).build());
    sheet.save(SURGEON, RedFlagChecklist.unanswered().restNegative());
    assertEquals(List.of(WorkupSection.RED_FLAGS), sheet.completeSections());
    assertTrue(sheet.history().isPresent());
    assertTrue(sheet.missing(WorkupSection.HISTORY).contains("work status"));
  }

  @Test
  void aPositiveRedFlagMarksTheCase() {
    sheet.save(
        SURGEON,
        RedFlagChecklist.unanswered()
            .with(RedFlagSign.BLADDER_OR_BOWEL_CHANGE, TestResult.POSITIVE));
    assertEquals(Set.of(RedFlag.CAUDA_EQUINA), sheet.redFlags());
  }

  @Test
  void orderedStudiesStayOnTheWorklistUntilResulted() {
    Study ct =
        sheet.orderStudy(SURGEON, StudyType.CT, Levels.of("L4-S1"), LocalDate.of(2025, 4, 1));
    Study labs = sheet.orderStudy(SURGEON, StudyType.ESR_CRP, null, LocalDate.of(2025, 4, 1));
    assertEquals(List.of(ct, labs), sheet.outstandingStudies());
    assertEquals(1, ct.id());
    assertEquals(2, labs.id());
    assertEquals(2, sheet.missing(WorkupSection.STUDIES).size());

    sheet.resultStudy(
        SURGEON,
        labs.id(),
        LocalDate.of(2025, 4, 2),
        new StudyFindings.InflammatoryMarkers(new BigDecimal("12"), new BigDecimal("3")),
        null);
    assertEquals(List.of(ct), sheet.outstandingStudies());
    assertThrows(
        ClinicalRuleViolation.class,
        () ->
            sheet.resultStudy(
                SURGEON,
                99,
                LocalDate.of(2025, 4, 2),
                new StudyFindings.FusionCt(FusionStatus.FUSED, false, false),
                null));
  }

  @Test
  void causesMayCiteOnlyEvidenceTheWorkupHolds() {
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                sheet.save(
                    SURGEON,
                    new CausesAndDiagnosis(
                        List.of(CausesTest.recurrentDisc(5)),
                        Diagnosis.postLaminectomySyndrome(PainMechanism.NEUROPATHIC))));
    assertEquals("evidence", refused.getField());
  }

  @Test
  void blocksAreNumberedAndGatheredIntoSeriesByTarget() {
    BlockTarget leftFacets = DiagnosticBlockTest.LEFT_L4_L5_FACETS;
    BlockTarget rightSi =
        new BlockTarget(BlockType.SI_JOINT_INJECTION, Levels.of("S1"), Side.RIGHT);
    DiagnosticBlock first =
        sheet.recordBlock(
            PAIN_SPECIALIST,
            DiagnosticBlockTest.block(
                leftFacets,
                LocalAnaesthetic.LIDOCAINE,
                LocalDate.of(2025, 4, 1),
                8,
                Map.of(ReadingTime.MIN_30, 1)));
    sheet.recordBlock(
        PAIN_SPECIALIST,
        DiagnosticBlockTest.block(
            rightSi, LocalAnaesthetic.BUPIVACAINE, LocalDate.of(2025, 4, 8), 6, Map.of()));
    sheet.recordBlock(
        PAIN_SPECIALIST,
        DiagnosticBlockTest.block(
            leftFacets,
            LocalAnaesthetic.BUPIVACAINE,
            LocalDate.of(2025, 4, 15),
            8,
            Map.of(ReadingTime.HOUR_2, 1)));

    assertEquals(1, first.id());
    List<BlockSeries> series = sheet.blockSeries();
    assertEquals(2, series.size());
    assertEquals(leftFacets, series.get(0).target());
    assertTrue(series.get(0).isComparative());
    assertTrue(series.get(0).meetsCommonThreshold());
    assertEquals(
        List.of("no pain rating after block 2 (SI joint injection S1 right)"),
        sheet.missing(WorkupSection.INJECTIONS));

    DiagnosticBlock rated = sheet.blocks().get(1).withPostNrs(ReadingTime.HOUR_1, 3);
    sheet.updateBlock(PAIN_SPECIALIST, rated);
    assertTrue(sheet.isComplete(WorkupSection.INJECTIONS));
    assertEquals(
        50.0, sheet.blockSeries().get(1).blocks().get(0).bestReliefPercent().orElseThrow(), 1e-9);
  }

  @Test
  void psychosocialLinksTheOutcomeResponses() {
    PsychosocialScreening screening =
        PsychosocialScreening.none()
            .linking(PsychosocialInstrument.PHQ_9, 11)
            .linking(PsychosocialInstrument.GAD_7, 12)
            .linking(PsychosocialInstrument.PCS, 13);
    assertEquals(List.of("STarT Back", "substance-use screen"), screening.missing());
    sheet.save(
        SURGEON,
        screening
            .linking(PsychosocialInstrument.START_BACK, 14)
            .withSubstanceUse(SubstanceUseScreen.NEGATIVE));
    assertTrue(sheet.isComplete(WorkupSection.PSYCHOSOCIAL));
    assertEquals("STarT-Back", PsychosocialInstrument.START_BACK.instrumentCode());
  }
}
