package org.spinecase.domain.model.workup;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The structured findings of a resulted study, one shape per study type ({@link
 * StudyType#findingsType()}). Only what the clinic decides on is structured; the report itself is
 * attached to the study. Measurements are checked against ranges a real spine can have, so a
 * slipped decimal point is caught at entry.
 */
public sealed interface StudyFindings {

  /** MRI with and without gadolinium: the enhancement pattern at the operated level. */
  record Enhancement(EnhancementPattern pattern, Set<NeuralCompression> compression)
      implements StudyFindings {
    public Enhancement {
      required("enhancementPattern", pattern);
      compression = compression == null ? Set.of() : Set.copyOf(compression);
    }
  }

  /** MRI without gadolinium or CT myelogram: what compresses the neural elements. */
  record Compression(Set<NeuralCompression> compression) implements StudyFindings {
    public Compression {
      if (compression == null || compression.isEmpty()) {
        throw new ClinicalRuleViolation(
            "compression", "Record the compression found, or no compression.");
      }
      if (compression.contains(NeuralCompression.NONE) && compression.size() > 1) {
        throw new ClinicalRuleViolation(
            "compression", "No compression cannot go with a compressive finding.");
      }
      compression = Collections.unmodifiableSet(EnumSet.copyOf(compression));
    }
  }

  /** CT: whether the fusion healed, lucency around screws, cage subsidence. */
  record FusionCt(FusionStatus fusionStatus, boolean screwLucency, boolean cageSubsidence)
      implements StudyFindings {
    public FusionCt {
      required("fusionStatus", fusionStatus);
    }
  }

  /**
   * Flexion-extension X-rays: sagittal translation in mm and angulation in degrees between flexion
   * and extension at the level studied.
   */
  record Dynamic(BigDecimal translationMm, BigDecimal angulationDegrees) implements StudyFindings {
    public Dynamic {
      range("translationMm", "Translation", translationMm, 0, 50, "mm");
      range("angulationDegrees", "Angulation", angulationDegrees, 0, 90, "degrees");
    }
  }

  /**
   * Standing long films: pelvic incidence (PI), lumbar lordosis (LL) in degrees, lordosis positive
   * and kyphosis negative, and the sagittal vertical axis (SVA) in mm, positive when C7 falls in
   * front of the posterior corner of S1. The PI-LL mismatch is computed, never typed.
   */
  record Sagittal(int pelvicIncidence, int lumbarLordosis, int svaMm) implements StudyFindings {
    public Sagittal {
      range(
          "pelvicIncidence",
          "Pelvic incidence",
          BigDecimal.valueOf(pelvicIncidence),
          0,
          120,
          "degrees");
      range(
          "lumbarLordosis",
          "Lumbar lordosis",
          BigDecimal.valueOf(lumbarLordosis),
          -60,
          120,
          "degrees");
      range("svaMm", "SVA", BigDecimal.valueOf(svaMm), -200, 400, "mm");
    }

    /** PI minus LL in degrees: how far the lordosis falls short of what the pelvis asks for. */
    public int piMinusLl() {
      return pelvicIncidence - lumbarLordosis;
    }
  }

  /** EMG/NCS: the finding for each root examined, per side. */
  record Electrodiagnostic(Map<NerveRoot, RootFinding> left, Map<NerveRoot, RootFinding> right)
      implements StudyFindings {
    public Electrodiagnostic {
      left = copy(left);
      right = copy(right);
      if (left.isEmpty() && right.isEmpty()) {
        throw new ClinicalRuleViolation("roots", "Record the finding for at least one root.");
      }
    }

    public RootFinding finding(NerveRoot root, Side side) {
      Map<NerveRoot, RootFinding> column =
          Side.requireLeg("side", side) == Side.LEFT ? left : right;
      return column.getOrDefault(root, RootFinding.NOT_TESTED);
    }

    private static Map<NerveRoot, RootFinding> copy(Map<NerveRoot, RootFinding> roots) {
      Map<NerveRoot, RootFinding> copy = new EnumMap<>(NerveRoot.class);
      if (roots != null) {
        copy.putAll(roots);
      }
      return Collections.unmodifiableMap(copy);
    }
  }

  /**
   * ESR in mm/h and CRP in mg/L, for infection. Either may be missing when only one was sent; no
   * cut-off is applied here, the laboratory's reference range is on the report.
   */
  record InflammatoryMarkers(BigDecimal esrMmPerHour, BigDecimal crpMgPerL)
      implements StudyFindings {
    public InflammatoryMarkers {
      if (esrMmPerHour == null && crpMgPerL == null) {
        throw new ClinicalRuleViolation("esr", "Record the ESR, the CRP or both.");
      }
      if (esrMmPerHour != null) {
        range("esr", "ESR", esrMmPerHour, 0, 200, "mm/h");
      }
      if (crpMgPerL != null) {
        range("crp", "CRP", crpMgPerL, 0, 1000, "mg/L");
      }
    }
  }

  private static void required(String field, Object value) {
    if (value == null) {
      throw new ClinicalRuleViolation(field, "This finding is required.");
    }
  }

  private static void range(
      String field, String label, BigDecimal value, int min, int max, String unit) {
    if (value == null) {
      throw new ClinicalRuleViolation(field, label + " is required.");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new ClinicalRuleViolation(
          field, label + " must be " + min + " to " + max + " " + unit + ".");
    }
  }
}
