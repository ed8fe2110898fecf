package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The history section of the workup. The prior operations themselves stay in the patient's surgery
 * history ({@link org.spinecase.domain.model.patient.PriorSpineSurgery}), shared with the rest of
 * the record; this section holds what the workup adds about them and the pain since.
 *
 * <p>Anything may be missing while the clinician works; {@link #missing()} names what still is. An
 * empty medication list means "no medication", which is an answer; medications never reviewed are
 * {@code null}. The current opioid load is computed from the medications ({@link #mmePerDay()}),
 * never typed.
 */
public record History(
    PreoperativeIndication indication,
    ImagingConcordance imagingConcordance,
    PainFreeInterval painFreeInterval,
    BackLegShare backLegShare,
    Set<NeuropathicDescriptor> neuropathicDescriptors,
    List<PriorTreatment> priorTreatments,
    List<Medication> medications,
    WorkStatus workStatus,
    ClaimStatus litigation,
    ClaimStatus compensation,
    Set<PatientGoal> goals,
    String expectations)
    implements SectionContent {

  public History {
    neuropathicDescriptors =
        neuropathicDescriptors == null ? Set.of() : Set.copyOf(neuropathicDescriptors);
    priorTreatments = priorTreatments == null ? List.of() : List.copyOf(priorTreatments);
    medications = medications == null ? null : List.copyOf(medications);
    goals = goals == null ? Set.of() : Set.copyOf(goals);
    expectations =
        FreeText.limited("expectations", "Expectations", FreeText.tidyBlock(expectations), 2000);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.HISTORY;
  }

  /** Total morphine milligram equivalents per day of all current opioids; zero without any. */
  public BigDecimal mmePerDay() {
    BigDecimal total = BigDecimal.ZERO.setScale(OpioidConversion.SCALE);
    if (medications != null) {
      for (Medication medication : medications) {
        total = total.add(medication.mmePerDay().orElse(BigDecimal.ZERO));
      }
    }
    return total;
  }

  @Override
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (indication == null) {
      missing.add("pre-operative indication");
    }
    if (imagingConcordance == null) {
      missing.add("imaging concordance");
    }
    if (painFreeInterval == null) {
      missing.add("pain-free interval");
    }
    if (backLegShare == null) {
      missing.add("back versus leg pain share");
    }
    if (medications == null) {
      missing.add("current medications");
    }
    if (workStatus == null) {
      missing.add("work status");
    }
    if (litigation == null || compensation == null) {
      missing.add("litigation and compensation");
    }
    if (goals.isEmpty()) {
      missing.add("patient goals");
    }
    return missing;
  }

  /** Fills the section field by field, as the form does. */
  public static final class Builder {
    private PreoperativeIndication indication;
    private ImagingConcordance imagingConcordance;
    private PainFreeInterval painFreeInterval;
    private BackLegShare backLegShare;
    private final Set<NeuropathicDescriptor> descriptors =
        EnumSet.noneOf(NeuropathicDescriptor.class);
    private final List<PriorTreatment> priorTreatments = new ArrayList<>();
    private List<Medication> medications;
    private WorkStatus workStatus;
    private ClaimStatus litigation;
    private ClaimStatus compensation;
    private final Set<PatientGoal> goals = EnumSet.noneOf(PatientGoal.class);
    private String expectations;

    private Builder() {}

    public Builder indication(PreoperativeIndication value, ImagingConcordance concordance) {
      this.indication = value;
      this.imagingConcordance = concordance;
      return this;
    }

    public Builder painFreeInterval(PainFreeInterval value) {
      this.painFreeInterval = value;
      return this;
    }

    public Builder backPercent(int percent) {
      this.backLegShare = new BackLegShare(percent);
      return this;
    }

    public Builder neuropathic(NeuropathicDescriptor... values) {
      descriptors.addAll(List.of(values));
      return this;
    }

    public Builder treatment(PriorTreatmentType type, TreatmentResponse response) {
      priorTreatments.add(new PriorTreatment(type, response));
      return this;
    }

    /** The current medications; calling it with none records "no medication". */
    public Builder medications(Medication... values) {
      this.medications = List.of(values);
      return this;
    }

    public Builder workStatus(WorkStatus value) {
      this.workStatus = value;
      return this;
    }

    public Builder claims(ClaimStatus litigation, ClaimStatus compensation) {
      this.litigation = litigation;
      this.compensation = compensation;
      return this;
    }

    public Builder goals(PatientGoal... values) {
      goals.addAll(List.of(values));
      return this;
    }

    public Builder expectations(String text) {
      this.expectations = text;
      return this;
    }

    public History build() {
      return new History(
          indication,
          imagingConcordance,
          painFreeInterval,
          backLegShare,
          descriptors,
          priorTreatments,
          medications,
          workStatus,
          litigation,
          compensation,
          goals,
          expectations);
    }
  }
}
