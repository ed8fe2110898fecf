package org.spinecase.interfaces.workup.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinecase.application.FieldViolation;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.ClusterResult;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.interfaces.workup.rest.dto.BlockDto;
import org.spinecase.interfaces.workup.rest.dto.CauseDto;
import org.spinecase.interfaces.workup.rest.dto.CausesDto;
import org.spinecase.interfaces.workup.rest.dto.DiagnosisDto;
import org.spinecase.interfaces.workup.rest.dto.EvidenceDto;
import org.spinecase.interfaces.workup.rest.dto.ExaminationDto;
import org.spinecase.interfaces.workup.rest.dto.FindingsDto;
import org.spinecase.interfaces.workup.rest.dto.GradeSidesDto;
import org.spinecase.interfaces.workup.rest.dto.HistoryDto;
import org.spinecase.interfaces.workup.rest.dto.MedicationDto;
import org.spinecase.interfaces.workup.rest.dto.RedFlagsDto;
import org.spinecase.interfaces.workup.rest.dto.SidesDto;
import org.spinecase.interfaces.workup.rest.dto.TensionDto;
import org.spinecase.interfaces.workup.rest.dto.TensionSidesDto;

class SectionInputTest {

  private static List<String> fields(Input in) {
    return in.violations().stream().map(FieldViolation::field).toList();
  }

  private static HistoryDto history(Integer backPercent, List<MedicationDto> medications, List<String> goals) {
    return new HistoryDto("RADICULOPATHY", "concordant", "WEEKS_TO_MONTHS", backPercent, null, List.of("BURNING"),
        List.of(), medications, null, "OFF_WORK_SICK", "NONE", "NONE", goals, "Walk again");
  }

  @Test
  void theHistoryComputesTheMmeAndReadsBackAsSent() {
    Input in = new Input();
    History history = SectionInput.history(history(30, List.of(
        new MedicationDto("Oxycodone IR", "OPIOID", "OXYCODONE", BigDecimal.TEN, null, 3, null),
        new MedicationDto("Paracetamol", "PARACETAMOL", null, null, null, null, null)), List.of("WALK_FURTHER")), in);
    assertEquals(List.of(), in.violations());
    assertTrue(history.isComplete(), history.missing().toString());
    assertEquals(0, new BigDecimal("45").compareTo(history.mmePerDay()));
    HistoryDto back = WorkupAssembler.toDto(history);
    assertEquals(0, new BigDecimal("45").compareTo(back.mmePerDay()));
    assertEquals(70, back.legPercent());
    assertEquals("CONCORDANT", back.imagingConcordance());
    assertEquals("mg", back.medications().get(0).unit());
    assertNull(back.medications().get(1).mmePerDay());
  }

  @Test
  void historyRefusalsNameTheJsonFields() {
    Input in = new Input();
    SectionInput.history(history(120, List.of(
        new MedicationDto("X", "OPIOID", "UNOBTAINIUM", BigDecimal.ONE, null, 2, null),
        new MedicationDto("Oxy", null, "oxycodone", BigDecimal.ZERO, null, 2, null),
        new MedicationDto("Oxy", null, "oxycodone", BigDecimal.ONE, null, null, null),
        new MedicationDto(" ", "NSAID", null, null, null, null, null)), List.of("WALK_FURTHER", "FLY")), in);
    assertEquals(List.of("backPercent", "medications[0].opioid", "medications[1].amount",
        "medications[2].timesPerDay", "medications[3].name", "goals[1]"), fields(in));
  }

  @Test
  void examinationCellsAreRefusedOneByOne() {
    Input in = new Input();
    ExaminationDto dto = new ExaminationDto(
        Map.of("STRAIGHT_LEG_RAISE", new TensionSidesDto(new TensionDto("POSITIVE", 40), new TensionDto("POSITIVE", 120))),
        Map.of("L1", new SidesDto("TINGLY", "NORMAL")),
        Map.of("L4", new GradeSidesDto(6, 5), "L9", new GradeSidesDto(5, 5)),
        Map.of("ACHILLES", new GradeSidesDto(2, 5)),
        null, null, "NORMAL", null, null, null, false, null, null);
    Examination exam = SectionInput.examination(dto, in);
    List<String> fields = fields(in);
    assertTrue(fields.containsAll(List.of("tension.STRAIGHT_LEG_RAISE.right.angleDegrees", "sensation.L1.left",
        "power.L4.left", "power.L9", "reflexes.ACHILLES.right")), fields.toString());
    assertEquals(5, fields.size(), fields.toString());
    assertEquals(5, exam.power().get(org.spinecase.domain.model.workup.Myotome.L4,
        org.spinecase.domain.model.workup.Side.RIGHT).orElseThrow().value());
  }

  @Test
  void restNormalFillsOnlyWhatWasNotSentAndTheClusterIsComputed() {
    Input in = new Input();
    ExaminationDto dto = new ExaminationDto(null, null, Map.of("L5", new GradeSidesDto(4, null)), null, null, null,
        null, Map.of("DISTRACTION", "POSITIVE", "THIGH_THRUST", "POSITIVE", "COMPRESSION", "POSITIVE"), null, null,
        true, null, null);
    Examination exam = SectionInput.examination(dto, in);
    assertTrue(exam.isComplete(), exam.missing().toString());
    assertEquals(ClusterResult.POSITIVE, exam.siCluster());
    ExaminationDto back = WorkupAssembler.toDto(exam);
    assertEquals(4, back.power().get("L5").left());
    assertEquals(5, back.power().get("L5").right());
    assertEquals("POSITIVE", back.siCluster().result());
    assertEquals(3, back.siCluster().positive());
    assertEquals("NEGATIVE", back.siProvocation().get("GAENSLEN"));
  }

  @Test
  void redFlagsRestNegativeAndPositiveFlags() {
    Input in = new Input();
    RedFlagChecklist checklist = SectionInput.redFlags(
        new RedFlagsDto(Map.of("saddle-anaesthesia", "POSITIVE"), true, null, null), in);
    assertEquals(List.of(), in.violations());
    assertEquals(List.of("urgent plan for the positive red flag"), checklist.missing());
    assertEquals("CAUDA_EQUINA", WorkupAssembler.toDto(checklist).positiveFlags().get(0).code());
    Input bad = new Input();
    SectionInput.redFlags(new RedFlagsDto(Map.of("FEVER", "MAYBE", "ALIENS", "NEGATIVE"), false, null, null), bad);
    assertEquals(2, bad.violations().size());
  }

  @Test
  void causesAndDiagnosis() {
    Input in = new Input();
    CauseDto cause = new CauseDto("FACET_JOINT_PAIN", null, List.of("L4-L5"), "LEFT", List.of("BLOCK"),
        List.of(new EvidenceDto("BLOCK", 1L, null)), "PROBABLE", "POST_OPERATIVE", false);
    CausesAndDiagnosis causes = SectionInput.causes(new CausesDto(List.of(cause),
        new DiagnosisDto("M96.1", null, List.of("G89.29"), null, List.of("NOCICEPTIVE"), null)), in);
    assertEquals(List.of(), in.violations());
    assertTrue(causes.isComplete());
    assertEquals("M96.1", WorkupAssembler.toDto(causes, ref -> "Block " + ref.id()).diagnosis().icd10());

    Input bad = new Input();
    CauseDto wrong = new CauseDto("BAD_LUCK", null, List.of("L9-Q1"), "LEFT", List.of(), List.of(), "SURE", null, null);
    SectionInput.causes(new CausesDto(List.of(wrong),
        new DiagnosisDto("G89.4", null, null, null, List.of(), null)), bad);
    assertEquals(List.of("causes[0].cause", "causes[0].levels[0]", "causes[0].certainty", "diagnosis.icd10"),
        fields(bad));
  }

  @Test
  void blocksAndFindings() {
    Input in = new Input();
    BlockDto dto = new BlockDto(null, null, LocalDate.now(), "MEDIAL_BRANCH_BLOCK", "L4-L5", "LEFT", null,
        "FLUOROSCOPY", "LIDOCAINE", new BigDecimal("0.5"), "NONE", null, 8, Map.of("MIN_30", 2), null, null, null,
        null, null, null);
    DiagnosticBlock block = RecordInput.block(dto, 0, in);
    assertEquals(List.of(), in.violations());
    assertEquals(75.0, block.bestReliefPercent().orElseThrow(), 1e-9);

    Input bad = new Input();
    RecordInput.block(new BlockDto(null, null, LocalDate.now(), "MEDIAL_BRANCH_BLOCK", "L4-X", "LEFT", null,
        "FLUOROSCOPY", "LIDOCAINE", new BigDecimal("0.5"), "NONE", null, 11, Map.of("MIN_30", 12, "DAY_3", 1), null,
        null, null, null, null, null), 0, bad);
    assertTrue(fields(bad).containsAll(List.of("levels", "preNrs", "postNrs.MIN_30", "postNrs.DAY_3")), fields(bad).toString());

    Input sagittal = new Input();
    StudyFindings films = RecordInput.findings(StudyType.STANDING_LONG_FILMS, new FindingsDto(null, null, null, null,
        null, null, null, 55, 30, 200, null, null, null, null, null), sagittal);
    assertNotNull(films);
    assertEquals(25, WorkupAssembler.toDto(films).piMinusLl());
    Input wrong = new Input();
    RecordInput.findings(StudyType.STANDING_LONG_FILMS, new FindingsDto(null, null, null, null,
        null, null, null, 155, null, 200, null, null, null, null, null), wrong);
    assertEquals(List.of("findings.lumbarLordosis"), fields(wrong));
    Input esr = new Input();
    RecordInput.findings(StudyType.ESR_CRP, new FindingsDto(null, null, null, null, null, null, null, null, null,
        null, null, null, null, new BigDecimal("500"), null), esr);
    assertEquals(List.of("findings.esrMmPerHour"), fields(esr));
  }
}
