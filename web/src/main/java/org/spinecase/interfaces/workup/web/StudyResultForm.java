package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.FusionStatus;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;

/**
 * The result of one study as entered: the date, the structured findings of the study's own type
 * (only the fields of that type are shown) and the report chosen for upload.
 */
public class StudyResultForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One root of an EMG/NCS with its finding per side. */
  public static final class RootRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final NerveRoot root;
    private String left;
    private String right;

    RootRow(NerveRoot root) {
      this.root = root;
    }

    public String getRoot() {
      return root.label();
    }

    public String getLeft() {
      return left;
    }

    public void setLeft(String left) {
      this.left = ExaminationForm.blankToNull(left);
    }

    public String getRight() {
      return right;
    }

    public void setRight(String right) {
      this.right = ExaminationForm.blankToNull(right);
    }
  }

  private final int number;
  private final long version;
  private final StudyType type;
  private final String title;
  private LocalDate resultedOn;
  private String pattern;
  private List<String> compression = new ArrayList<>();
  private String fusionStatus;
  private boolean screwLucency;
  private boolean cageSubsidence;
  private BigDecimal translationMm;
  private BigDecimal angulationDegrees;
  private Integer pelvicIncidence;
  private Integer lumbarLordosis;
  private Integer svaMm;
  private final List<RootRow> roots = new ArrayList<>();
  private BigDecimal esr;
  private BigDecimal crp;
  private String reportName;
  private byte[] report;

  public StudyResultForm(StudyRow study, LocalDate today) {
    this.number = study.number();
    this.version = study.version();
    this.type = study.type();
    this.title = "Study " + study.number() + " · " + study.type().label()
        + (study.levels() == null ? "" : " " + study.levels());
    for (NerveRoot root : NerveRoot.values()) {
      roots.add(new RootRow(root));
    }
    resultedOn = study.resultedOn() == null ? today : study.resultedOn();
    load(study.findings());
  }

  private void load(StudyFindings findings) {
    if (findings == null) {
      return;
    }
    if (findings instanceof StudyFindings.Enhancement e) {
      pattern = e.pattern().name();
      compression = names(e.compression());
    } else if (findings instanceof StudyFindings.Compression c) {
      compression = names(c.compression());
    } else if (findings instanceof StudyFindings.FusionCt f) {
      fusionStatus = f.fusionStatus().name();
      screwLucency = f.screwLucency();
      cageSubsidence = f.cageSubsidence();
    } else if (findings instanceof StudyFindings.Dynamic d) {
      translationMm = d.translationMm();
      angulationDegrees = d.angulationDegrees();
    } else if (findings instanceof StudyFindings.Sagittal s) {
      pelvicIncidence = s.pelvicIncidence();
      lumbarLordosis = s.lumbarLordosis();
      svaMm = s.svaMm();
    } else if (findings instanceof StudyFindings.Electrodiagnostic emg) {
      for (RootRow row : roots) {
        RootFinding l = emg.left().get(row.root);
        RootFinding r = emg.right().get(row.root);
        row.left = l == null ? null : l.name();
        row.right = r == null ? null : r.name();
      }
    } else if (findings instanceof StudyFindings.InflammatoryMarkers m) {
      esr = m.esrMmPerHour();
      crp = m.crpMgPerL();
    }
  }

  private static List<String> names(Set<NeuralCompression> values) {
    return new ArrayList<>(values.stream().sorted().map(Enum::name).toList());
  }

  /** The findings of this study's type as entered; the domain refuses what no spine can have. */
  public StudyFindings toFindings() {
    Set<NeuralCompression> compressions = EnumSet.noneOf(NeuralCompression.class);
    compression.forEach(c -> compressions.add(NeuralCompression.valueOf(c)));
    return switch (type) {
      case MRI_WITH_AND_WITHOUT_GADOLINIUM -> new StudyFindings.Enhancement(
          pattern == null ? null : EnhancementPattern.valueOf(pattern), compressions);
      case MRI_WITHOUT_GADOLINIUM, CT_MYELOGRAM -> new StudyFindings.Compression(compressions);
      case CT -> new StudyFindings.FusionCt(
          fusionStatus == null ? null : FusionStatus.valueOf(fusionStatus), screwLucency, cageSubsidence);
      case FLEXION_EXTENSION_XRAYS -> new StudyFindings.Dynamic(translationMm, angulationDegrees);
      case STANDING_LONG_FILMS -> {
        if (pelvicIncidence == null || lumbarLordosis == null || svaMm == null) {
          throw new ClinicalRuleViolation("pelvicIncidence", "Pelvic incidence, lumbar lordosis and SVA are required.");
        }
        yield new StudyFindings.Sagittal(pelvicIncidence, lumbarLordosis, svaMm);
      }
      case EMG_NCS -> {
        Map<NerveRoot, RootFinding> left = new EnumMap<>(NerveRoot.class);
        Map<NerveRoot, RootFinding> right = new EnumMap<>(NerveRoot.class);
        for (RootRow row : roots) {
          if (row.left != null) {
            left.put(row.root, RootFinding.valueOf(row.left));
          }
          if (row.right != null) {
            right.put(row.root, RootFinding.valueOf(row.right));
          }
        }
        yield new StudyFindings.Electrodiagnostic(left, right);
      }
      case ESR_CRP -> new StudyFindings.InflammatoryMarkers(esr, crp);
    };
  }

  /** PI minus LL, computed, or null until both are entered. */
  public Integer getPiMinusLl() {
    return pelvicIncidence == null || lumbarLordosis == null ? null : pelvicIncidence - lumbarLordosis;
  }

  /** The shape of the findings, for the page: which fields to show. */
  public String getShape() {
    return type.findingsType().getSimpleName();
  }

  public void attach(String name, byte[] content) {
    this.reportName = name;
    this.report = content;
  }

  public void dropReport() {
    reportName = null;
    report = null;
  }

  public int getNumber() {
    return number;
  }

  public long getVersion() {
    return version;
  }

  public StudyType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getResultedOn() {
    return resultedOn;
  }

  public void setResultedOn(LocalDate resultedOn) {
    this.resultedOn = resultedOn;
  }

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = ExaminationForm.blankToNull(pattern);
  }

  public List<String> getCompression() {
    return compression;
  }

  public void setCompression(List<String> compression) {
    this.compression = compression == null ? new ArrayList<>() : new ArrayList<>(compression);
  }

  public String getFusionStatus() {
    return fusionStatus;
  }

  public void setFusionStatus(String fusionStatus) {
    this.fusionStatus = ExaminationForm.blankToNull(fusionStatus);
  }

  public boolean isScrewLucency() {
    return screwLucency;
  }

  public void setScrewLucency(boolean screwLucency) {
    this.screwLucency = screwLucency;
  }

  public boolean isCageSubsidence() {
    return cageSubsidence;
  }

  public void setCageSubsidence(boolean cageSubsidence) {
    this.cageSubsidence = cageSubsidence;
  }

  public BigDecimal getTranslationMm() {
    return translationMm;
  }

  public void setTranslationMm(BigDecimal translationMm) {
    this.translationMm = translationMm;
  }

  public BigDecimal getAngulationDegrees() {
    return angulationDegrees;
  }

  public void setAngulationDegrees(BigDecimal angulationDegrees) {
    this.angulationDegrees = angulationDegrees;
  }

  public Integer getPelvicIncidence() {
    return pelvicIncidence;
  }

  public void setPelvicIncidence(Integer pelvicIncidence) {
    this.pelvicIncidence = pelvicIncidence;
  }

  public Integer getLumbarLordosis() {
    return lumbarLordosis;
  }

  public void setLumbarLordosis(Integer lumbarLordosis) {
    this.lumbarLordosis = lumbarLordosis;
  }

  public Integer getSvaMm() {
    return svaMm;
  }

  public void setSvaMm(Integer svaMm) {
    this.svaMm = svaMm;
  }

  public List<RootRow> getRoots() {
    return roots;
  }

  public BigDecimal getEsr() {
    return esr;
  }

  public void setEsr(BigDecimal esr) {
    this.esr = esr;
  }

  public BigDecimal getCrp() {
    return crp;
  }

  public void setCrp(BigDecimal crp) {
    this.crp = crp;
  }

  public String getReportName() {
    return reportName;
  }

  public byte[] report() {
    return report;
  }
}
