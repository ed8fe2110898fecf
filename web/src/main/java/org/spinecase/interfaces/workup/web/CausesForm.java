package org.spinecase.interfaces.workup.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.CauseFinding;
import org.spinecase.domain.model.workup.CauseTiming;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Certainty;
import org.spinecase.domain.model.workup.Diagnosis;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.EvidenceRef;
import org.spinecase.domain.model.workup.FbssCause;
import org.spinecase.domain.model.workup.GuyerCategory;
import org.spinecase.domain.model.workup.Icd10Code;
import org.spinecase.domain.model.workup.Icd11Cluster;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.PainMechanism;
import org.spinecase.domain.model.workup.Side;

/**
 * Causes and diagnosis as entered: one row per cause (from the FBSS taxonomy, never free text)
 * with its levels, side, evidence basis, the studies and blocks it rests on (by the workup's
 * numbers), certainty, timing and whether surgery could address it; then the diagnosis codes.
 */
public class CausesForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  private final List<CauseRow> causes = new ArrayList<>();
  private String icd10;
  private List<String> supplementary = new ArrayList<>();
  private String icd11Stem;
  private String icd11Extensions;
  private List<String> mechanisms = new ArrayList<>();
  private List<String> guyer = new ArrayList<>();

  public void load(CausesAndDiagnosis content) {
    causes.clear();
    icd10 = null;
    supplementary = new ArrayList<>();
    icd11Stem = null;
    icd11Extensions = null;
    mechanisms = new ArrayList<>();
    guyer = new ArrayList<>();
    if (content != null) {
      for (CauseFinding c : content.causes()) {
        CauseRow row = new CauseRow();
        row.cause = c.cause().name();
        row.levels = String.join(", ", c.levels().stream().map(Levels::text).toList());
        row.side = c.side() == null ? null : c.side().name();
        row.basis = new ArrayList<>(c.basis().stream().sorted().map(Enum::name).toList());
        row.evidence = new ArrayList<>(c.evidence().stream().map(e -> e.kind().name() + ":" + e.id()).toList());
        row.certainty = c.certainty().name();
        row.timing = c.timing() == null ? null : c.timing().name();
        row.surgicallyAddressable = c.surgicallyAddressable();
        causes.add(row);
      }
      Diagnosis d = content.diagnosis();
      if (d != null) {
        icd10 = d.icd10().name();
        supplementary = new ArrayList<>(d.supplementary().stream().sorted().map(Enum::name).toList());
        if (d.icd11() != null) {
          icd11Stem = d.icd11().stem();
          icd11Extensions = String.join(" ", d.icd11().extensions());
        }
        mechanisms = new ArrayList<>(d.mechanisms().stream().sorted().map(Enum::name).toList());
        guyer = new ArrayList<>(d.guyerCategories().stream().sorted().map(Enum::name).toList());
      }
    }
    if (causes.isEmpty()) {
      causes.add(new CauseRow());
    }
  }

  @Override
  public CausesAndDiagnosis toContent(WorkupView view) {
    return toContent(n -> view.study(n).map(s -> s.type().evidenceBasis()).orElse(null));
  }

  /**
   * The section as entered. A linked study or block implies its kind of basis, which is ticked
   * for the clinician (the basis shown to the MDT never claims less than the linked evidence).
   *
   * @param studyBasis the basis a study of this workup number implies (imaging, EMG, clinical)
   */
  CausesAndDiagnosis toContent(IntFunction<EvidenceBasis> studyBasis) {
    List<CauseFinding> findings = new ArrayList<>();
    for (int i = 0; i < causes.size(); i++) {
      CauseRow row = causes.get(i);
      if (!row.isBlank()) {
        findings.add(WorkupViolations.inRow("causes", i, () -> finding(row, studyBasis)));
      }
    }
    return new CausesAndDiagnosis(findings, diagnosis());
  }

  private static CauseFinding finding(CauseRow row, IntFunction<EvidenceBasis> studyBasis) {
    if (row.cause == null) {
      throw new ClinicalRuleViolation("cause", "Choose the cause from the list, or remove the row.");
    }
    List<EvidenceRef> refs = new ArrayList<>();
    Set<EvidenceBasis> basis = EnumSet.noneOf(EvidenceBasis.class);
    row.basis.forEach(b -> basis.add(EvidenceBasis.valueOf(b)));
    for (String e : row.evidence) {
      String[] parts = e.split(":");
      EvidenceRef ref = new EvidenceRef(EvidenceRef.Kind.valueOf(parts[0]), Long.parseLong(parts[1]));
      refs.add(ref);
      if (ref.kind() == EvidenceRef.Kind.BLOCK) {
        basis.add(EvidenceBasis.BLOCK);
      } else {
        EvidenceBasis implied = studyBasis.apply((int) ref.id());
        if (implied != null) {
          basis.add(implied);
        }
      }
    }
    row.basis = new ArrayList<>(basis.stream().sorted().map(Enum::name).toList());
    List<Levels> levels = row.levels == null ? List.of()
        : Arrays.stream(row.levels.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Levels::of).toList();
    return new CauseFinding(
        FbssCause.valueOf(row.cause),
        levels,
        row.side == null ? null : Side.valueOf(row.side),
        basis,
        refs,
        row.certainty == null ? null : Certainty.valueOf(row.certainty),
        row.timing == null ? null : CauseTiming.valueOf(row.timing),
        row.surgicallyAddressable);
  }

  private Diagnosis diagnosis() {
    boolean anything = icd10 != null || !supplementary.isEmpty() || !blank(icd11Stem) || !blank(icd11Extensions)
        || !mechanisms.isEmpty() || !guyer.isEmpty();
    if (!anything) {
      return null;
    }
    if (icd10 == null) {
      throw new ClinicalRuleViolation("icd10", "Choose the ICD-10 code of the diagnosis (M96.1 for FBSS).");
    }
    Set<Icd10Code> extra = EnumSet.noneOf(Icd10Code.class);
    supplementary.forEach(s -> extra.add(Icd10Code.valueOf(s)));
    Set<PainMechanism> how = EnumSet.noneOf(PainMechanism.class);
    mechanisms.forEach(m -> how.add(PainMechanism.valueOf(m)));
    Set<GuyerCategory> why = EnumSet.noneOf(GuyerCategory.class);
    guyer.forEach(g -> why.add(GuyerCategory.valueOf(g)));
    Icd11Cluster icd11 = null;
    if (!blank(icd11Stem)) {
      List<String> extensions = blank(icd11Extensions) ? List.of()
          : Arrays.stream(icd11Extensions.split("[&,;\\s]+")).filter(s -> !s.isBlank()).toList();
      icd11 = new Icd11Cluster(icd11Stem, extensions);
    } else if (!blank(icd11Extensions)) {
      throw new ClinicalRuleViolation("icd11Stem", "ICD-11 extension codes need the stem code (e.g. MG30.21).");
    }
    return new Diagnosis(Icd10Code.valueOf(icd10), extra, icd11, how, why);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public void addCause() {
    causes.add(new CauseRow());
  }

  public void removeCause(int index) {
    if (index >= 0 && index < causes.size()) {
      causes.remove(index);
    }
  }

  public List<CauseRow> getCauses() {
    return causes;
  }

  public String getIcd10() {
    return icd10;
  }

  public void setIcd10(String icd10) {
    this.icd10 = ExaminationForm.blankToNull(icd10);
  }

  public List<String> getSupplementary() {
    return supplementary;
  }

  public void setSupplementary(List<String> supplementary) {
    this.supplementary = supplementary == null ? new ArrayList<>() : new ArrayList<>(supplementary);
  }

  public String getIcd11Stem() {
    return icd11Stem;
  }

  public void setIcd11Stem(String icd11Stem) {
    this.icd11Stem = icd11Stem;
  }

  public String getIcd11Extensions() {
    return icd11Extensions;
  }

  public void setIcd11Extensions(String icd11Extensions) {
    this.icd11Extensions = icd11Extensions;
  }

  public List<String> getMechanisms() {
    return mechanisms;
  }

  public void setMechanisms(List<String> mechanisms) {
    this.mechanisms = mechanisms == null ? new ArrayList<>() : new ArrayList<>(mechanisms);
  }

  public List<String> getGuyer() {
    return guyer;
  }

  public void setGuyer(List<String> guyer) {
    this.guyer = guyer == null ? new ArrayList<>() : new ArrayList<>(guyer);
  }
}
