package org.spinecase.it.workup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecase.domain.model.workup.BlockTarget;
import org.spinecase.domain.model.workup.BlockType;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.Concordance;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.Guidance;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.LocalAnaesthetic;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.OpioidDose;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.Sedation;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.domain.model.workup.WorkStatus;

/** Workup sections as a surgeon fills them in, for the system tests. */
final class Workups {

  private Workups() {}

  static History history() {
    return History.builder()
        .indication(PreoperativeIndication.RADICULOPATHY, ImagingConcordance.CONCORDANT)
        .painFreeInterval(PainFreeInterval.NONE)
        .backPercent(30)
        .medications(Medication.opioid("MST", OpioidDose.oral(Opioid.MORPHINE, "30", 2)))
        .workStatus(WorkStatus.WORKING_FULL_DUTIES)
        .claims(ClaimStatus.NONE, ClaimStatus.NONE)
        .goals(PatientGoal.LESS_LEG_PAIN)
        .build();
  }

  static RedFlagChecklist noRedFlags() {
    return RedFlagChecklist.unanswered().restNegative();
  }

  static RedFlagChecklist saddleAnaesthesia() {
    return RedFlagChecklist.unanswered()
        .with(RedFlagSign.SADDLE_ANAESTHESIA, TestResult.POSITIVE)
        .restNegative()
        .withUrgentPlan("Urgent MRI today; on-call surgeon informed.");
  }

  static Examination examination() {
    return Examination.blank().withPower(org.spinecase.domain.model.workup.Myotome.values()[0],
        Side.LEFT, 4).restNormal();
  }

  static StudyFindings.Enhancement recurrentDisc() {
    return new StudyFindings.Enhancement(
        EnhancementPattern.values()[0], Set.of(NeuralCompression.DISC_HERNIATION));
  }

  /** A recurrent disc at L4-L5 on the left, confirmed by the studies given. */
  static CausesAndDiagnosis recurrentDiscCause(int... studies) {
    List<EvidenceRef> evidence = new ArrayList<>();
    for (int study : studies) {
      evidence.add(EvidenceRef.study(study));
    }
    return new CausesAndDiagnosis(
        List.of(cause(evidence)), Diagnosis.postLaminectomySyndrome(PainMechanism.NOCICEPTIVE));
  }

  /** As many causes as evidence pointers, each citing one of them. */
  static CausesAndDiagnosis causesCiting(List<EvidenceRef> evidence) {
    List<CauseFinding> causes = new ArrayList<>();
    evidence.forEach(ref -> causes.add(cause(List.of(ref))));
    return new CausesAndDiagnosis(causes, Diagnosis.postLaminectomySyndrome(PainMechanism.NOCICEPTIVE));
  }

  private static CauseFinding cause(List<EvidenceRef> evidence) {
    boolean block = evidence.stream().anyMatch(e -> e.kind() == EvidenceRef.Kind.BLOCK);
    return new CauseFinding(
        FbssCause.RESIDUAL_OR_RECURRENT_DISC_HERNIATION,
        List.of(Levels.of("L4-L5")),
        Side.LEFT,
        block ? Set.of(EvidenceBasis.IMAGING, EvidenceBasis.BLOCK) : Set.of(EvidenceBasis.IMAGING),
        evidence,
        Certainty.CONFIRMED,
        CauseTiming.POST_OPERATIVE,
        true);
  }

  static DiagnosticBlock block(Map<ReadingTime, Integer> post) {
    return new DiagnosticBlock(
        0,
        LocalDate.now().minusDays(3),
        new BlockTarget(BlockType.MEDIAL_BRANCH_BLOCK, Levels.of("L4-L5"), Side.LEFT),
        Guidance.FLUOROSCOPY,
        LocalAnaesthetic.LIDOCAINE,
        new BigDecimal("0.5"),
        Sedation.NONE,
        8,
        post,
        null,
        Concordance.CONCORDANT,
        Set.of());
  }
}
