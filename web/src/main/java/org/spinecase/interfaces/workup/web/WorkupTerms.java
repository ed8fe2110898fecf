package org.spinecase.interfaces.workup.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.spinecase.domain.model.workup.BackLegShare;
import org.spinecase.domain.model.workup.BlockComplication;
import org.spinecase.domain.model.workup.BlockType;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.Concordance;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.FusionStatus;
import org.spinecase.domain.model.workup.Gait;
import org.spinecase.domain.model.workup.Guidance;
import org.spinecase.domain.model.workup.GuyerCategory;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.LocalAnaesthetic;
import org.spinecase.domain.model.workup.MedicationClass;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.NeuropathicDescriptor;
import org.spinecase.domain.model.workup.Opioid;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.PriorTreatmentType;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.Sedation;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.SubstanceUseScreen;
import org.spinecase.domain.model.workup.TreatmentResponse;
import org.spinecase.domain.model.workup.WorkStatus;
import org.spinecase.domain.model.workup.WoundState;

/**
 * The coded lists of the workup forms, straight from the domain's enums (never free text where the
 * clinic will count), each as {@link Option}s of the constant's name and its label.
 */
@Named
@ApplicationScoped
public class WorkupTerms {

  static <E extends Enum<E>> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
    return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
  }

  public List<Option> getIndications() {
    return options(PreoperativeIndication.values(), PreoperativeIndication::label);
  }

  public List<Option> getConcordances() {
    return options(ImagingConcordance.values(), ImagingConcordance::label);
  }

  public List<Option> getPainFreeIntervals() {
    return options(PainFreeInterval.values(), PainFreeInterval::label);
  }

  public List<Option> getDescriptors() {
    return options(NeuropathicDescriptor.values(), NeuropathicDescriptor::label);
  }

  public List<Option> getTreatments() {
    return options(PriorTreatmentType.values(), PriorTreatmentType::label);
  }

  public List<Option> getResponses() {
    return options(TreatmentResponse.values(), TreatmentResponse::label);
  }

  public List<Option> getMedicationClasses() {
    return options(MedicationClass.values(), MedicationClass::label);
  }

  public List<Option> getOpioids() {
    return options(Opioid.values(), o -> o.label() + " (" + o.unit().label() + ")");
  }

  public List<Option> getWorkStatuses() {
    return options(WorkStatus.values(), WorkStatus::label);
  }

  public List<Option> getClaimStatuses() {
    return options(ClaimStatus.values(), ClaimStatus::label);
  }

  public List<Option> getGoals() {
    return options(PatientGoal.values(), PatientGoal::label);
  }

  public List<Option> getGaits() {
    return options(Gait.values(), Gait::label);
  }

  public List<Option> getWoundStates() {
    return options(WoundState.values(), WoundState::label);
  }

  public List<Option> getStudyTypes() {
    return options(StudyType.values(), StudyType::label);
  }

  public List<Option> getEnhancementPatterns() {
    return options(EnhancementPattern.values(), EnhancementPattern::label);
  }

  public List<Option> getCompressions() {
    return options(NeuralCompression.values(), NeuralCompression::label);
  }

  public List<Option> getFusionStatuses() {
    return options(FusionStatus.values(), FusionStatus::label);
  }

  public List<Option> getRootFindings() {
    return options(RootFinding.values(), RootFinding::label);
  }

  public List<Option> getRoots() {
    return options(NerveRoot.values(), NerveRoot::label);
  }

  public List<Option> getBlockTypes() {
    return options(BlockType.values(), BlockType::label);
  }

  public List<Option> getSides() {
    return options(Side.values(), Side::label);
  }

  public List<Option> getGuidances() {
    return options(Guidance.values(), Guidance::label);
  }

  public List<Option> getAgents() {
    return options(LocalAnaesthetic.values(), LocalAnaesthetic::label);
  }

  public List<Option> getSedations() {
    return options(Sedation.values(), Sedation::label);
  }

  public List<Option> getBlockConcordances() {
    return options(Concordance.values(), Concordance::label);
  }

  public List<Option> getComplications() {
    return options(BlockComplication.values(), BlockComplication::label);
  }

  public List<ReadingTime> getReadingTimes() {
    return List.of(ReadingTime.values());
  }

  public List<Option> getCauses() {
    return options(FbssCause.values(), FbssCause::label);
  }

  public List<Option> getBases() {
    return options(EvidenceBasis.values(), EvidenceBasis::label);
  }

  public List<Option> getCertainties() {
    return options(Certainty.values(), Certainty::label);
  }

  public List<Option> getTimings() {
    return options(CauseTiming.values(), CauseTiming::label);
  }

  public List<Option> getIcd10Primary() {
    return Arrays.stream(Icd10Code.values()).filter(Icd10Code::mayBePrimary)
        .map(c -> new Option(c.name(), c.code() + " " + c.label())).toList();
  }

  public List<Option> getIcd10All() {
    return Arrays.stream(Icd10Code.values()).map(c -> new Option(c.name(), c.code() + " " + c.label())).toList();
  }

  public List<Option> getMechanisms() {
    return options(PainMechanism.values(), PainMechanism::label);
  }

  public List<Option> getGuyerCategories() {
    return options(GuyerCategory.values(), GuyerCategory::label);
  }

  public List<Option> getSubstanceUse() {
    return options(SubstanceUseScreen.values(), SubstanceUseScreen::label);
  }

  /** Who writes a section, "surgeons and pain specialists", for the read-only note. */
  public String writers(org.spinecase.domain.model.workup.WorkupSection section) {
    return section.writers().stream().sorted().map(d -> d.label().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(" and "));
  }

  /** "70 % back, 30 % leg" for a back share. */
  public String backLeg(BackLegShare share) {
    return share == null ? "" : share.backPercent() + " % back, " + share.legPercent() + " % leg";
  }
}
