package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.BackLegShare;
import org.spinecase.domain.model.workup.ClaimStatus;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.ImagingConcordance;
import org.spinecase.domain.model.workup.Medication;
import org.spinecase.domain.model.workup.NeuropathicDescriptor;
import org.spinecase.domain.model.workup.OpioidConversion;
import org.spinecase.domain.model.workup.PainFreeInterval;
import org.spinecase.domain.model.workup.PatientGoal;
import org.spinecase.domain.model.workup.PreoperativeIndication;
import org.spinecase.domain.model.workup.PriorTreatment;
import org.spinecase.domain.model.workup.PriorTreatmentType;
import org.spinecase.domain.model.workup.TreatmentResponse;
import org.spinecase.domain.model.workup.WorkStatus;

/**
 * The history section as the form holds it: coded choices as the constants' names, prior
 * treatments and current medications as editable rows. Medications with an opioid carry its dose,
 * and the MME per day shown beside each row and in total are the domain's arithmetic.
 */
public class HistoryForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  /** One prior treatment and how it worked. */
  public static final class TreatmentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String response;

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = ExaminationForm.blankToNull(type);
    }

    public String getResponse() {
      return response;
    }

    public void setResponse(String response) {
      this.response = ExaminationForm.blankToNull(response);
    }
  }

  private String indication;
  private String concordance;
  private String painFreeInterval;
  private Integer backPercent;
  private List<String> descriptors = new ArrayList<>();
  private final List<TreatmentRow> treatments = new ArrayList<>();
  private final List<MedicationRow> medications = new ArrayList<>();
  private boolean noMedication;
  private String workStatus;
  private String litigation;
  private String compensation;
  private List<String> goals = new ArrayList<>();
  private String expectations;

  public void load(History h) {
    treatments.clear();
    medications.clear();
    if (h == null) {
      indication = concordance = painFreeInterval = workStatus = litigation = compensation = expectations = null;
      backPercent = null;
      descriptors = new ArrayList<>();
      goals = new ArrayList<>();
      noMedication = false;
      return;
    }
    indication = name(h.indication());
    concordance = name(h.imagingConcordance());
    painFreeInterval = name(h.painFreeInterval());
    backPercent = h.backLegShare() == null ? null : h.backLegShare().backPercent();
    descriptors = new ArrayList<>(h.neuropathicDescriptors().stream().sorted().map(Enum::name).toList());
    for (PriorTreatment t : h.priorTreatments()) {
      TreatmentRow row = new TreatmentRow();
      row.type = t.type().name();
      row.response = t.response().name();
      treatments.add(row);
    }
    noMedication = h.medications() != null && h.medications().isEmpty();
    if (h.medications() != null) {
      for (Medication m : h.medications()) {
        MedicationRow row = new MedicationRow();
        row.load(m);
        medications.add(row);
      }
    }
    workStatus = name(h.workStatus());
    litigation = name(h.litigation());
    compensation = name(h.compensation());
    goals = new ArrayList<>(h.goals().stream().sorted().map(Enum::name).toList());
    expectations = h.expectations();
  }

  /** The history as entered; rows left wholly empty are dropped, half-filled rows are refused. */
  @Override
  public History toContent(WorkupView view) {
    List<PriorTreatment> tried = new ArrayList<>();
    for (int i = 0; i < treatments.size(); i++) {
      TreatmentRow row = treatments.get(i);
      if (row.type == null && row.response == null) {
        continue;
      }
      tried.add(WorkupViolations.inRow("treatments", i, () -> new PriorTreatment(
          row.type == null ? null : PriorTreatmentType.valueOf(row.type),
          row.response == null ? null : TreatmentResponse.valueOf(row.response))));
    }
    List<Medication> meds = null;
    if (medications.stream().anyMatch(r -> !r.isEmpty())) {
      meds = new ArrayList<>();
      for (int i = 0; i < medications.size(); i++) {
        MedicationRow row = medications.get(i);
        if (!row.isEmpty()) {
          meds.add(WorkupViolations.inRow("medications", i, row::toMedication));
        }
      }
    } else if (noMedication) {
      meds = List.of();
    }
    Set<NeuropathicDescriptor> words = EnumSet.noneOf(NeuropathicDescriptor.class);
    descriptors.forEach(d -> words.add(NeuropathicDescriptor.valueOf(d)));
    Set<PatientGoal> wanted = EnumSet.noneOf(PatientGoal.class);
    goals.forEach(g -> wanted.add(PatientGoal.valueOf(g)));
    return new History(
        indication == null ? null : PreoperativeIndication.valueOf(indication),
        concordance == null ? null : ImagingConcordance.valueOf(concordance),
        painFreeInterval == null ? null : PainFreeInterval.valueOf(painFreeInterval),
        backPercent == null ? null : new BackLegShare(backPercent),
        words,
        tried,
        meds,
        workStatus == null ? null : WorkStatus.valueOf(workStatus),
        litigation == null ? null : ClaimStatus.valueOf(litigation),
        compensation == null ? null : ClaimStatus.valueOf(compensation),
        wanted,
        expectations);
  }

  /** Total MME per day of the opioid rows entered so far. */
  public BigDecimal getTotalMme() {
    BigDecimal total = BigDecimal.ZERO.setScale(OpioidConversion.SCALE);
    for (MedicationRow row : medications) {
      BigDecimal mme = row.getMmePerDay();
      if (mme != null) {
        total = total.add(mme);
      }
    }
    return total;
  }

  public Integer getLegPercent() {
    return backPercent == null || backPercent < 0 || backPercent > 100 ? null : 100 - backPercent;
  }

  public void addTreatment() {
    treatments.add(new TreatmentRow());
  }

  public void removeTreatment(int index) {
    if (index >= 0 && index < treatments.size()) {
      treatments.remove(index);
    }
  }

  public void addMedication() {
    medications.add(new MedicationRow());
    noMedication = false;
  }

  public void removeMedication(int index) {
    if (index >= 0 && index < medications.size()) {
      medications.remove(index);
    }
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  public String getIndication() {
    return indication;
  }

  public void setIndication(String indication) {
    this.indication = ExaminationForm.blankToNull(indication);
  }

  public String getConcordance() {
    return concordance;
  }

  public void setConcordance(String concordance) {
    this.concordance = ExaminationForm.blankToNull(concordance);
  }

  public String getPainFreeInterval() {
    return painFreeInterval;
  }

  public void setPainFreeInterval(String painFreeInterval) {
    this.painFreeInterval = ExaminationForm.blankToNull(painFreeInterval);
  }

  public Integer getBackPercent() {
    return backPercent;
  }

  public void setBackPercent(Integer backPercent) {
    this.backPercent = backPercent;
  }

  public List<String> getDescriptors() {
    return descriptors;
  }

  public void setDescriptors(List<String> descriptors) {
    this.descriptors = descriptors == null ? new ArrayList<>() : new ArrayList<>(descriptors);
  }

  public List<TreatmentRow> getTreatments() {
    return treatments;
  }

  public List<MedicationRow> getMedications() {
    return medications;
  }

  public boolean isNoMedication() {
    return noMedication;
  }

  public void setNoMedication(boolean noMedication) {
    this.noMedication = noMedication;
  }

  public String getWorkStatus() {
    return workStatus;
  }

  public void setWorkStatus(String workStatus) {
    this.workStatus = ExaminationForm.blankToNull(workStatus);
  }

  public String getLitigation() {
    return litigation;
  }

  public void setLitigation(String litigation) {
    this.litigation = ExaminationForm.blankToNull(litigation);
  }

  public String getCompensation() {
    return compensation;
  }

  public void setCompensation(String compensation) {
    this.compensation = ExaminationForm.blankToNull(compensation);
  }

  public List<String> getGoals() {
    return goals;
  }

  public void setGoals(List<String> goals) {
    this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
  }

  public String getExpectations() {
    return expectations;
  }

  public void setExpectations(String expectations) {
    this.expectations = expectations;
  }
}
