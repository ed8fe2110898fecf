package org.spinecase.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyFindings.Compression;
import org.spinecase.domain.model.workup.StudyFindings.Dynamic;
import org.spinecase.domain.model.workup.StudyFindings.Electrodiagnostic;
import org.spinecase.domain.model.workup.StudyFindings.Enhancement;
import org.spinecase.domain.model.workup.StudyFindings.FusionCt;
import org.spinecase.domain.model.workup.StudyFindings.InflammatoryMarkers;
import org.spinecase.domain.model.workup.StudyFindings.Sagittal;

/** A study's findings in one line for the summary, the way a clinician would read them out. */
final class FindingsText {

  private FindingsText() {}

  static String of(StudyFindings findings) {
    if (findings instanceof Enhancement e) {
      return e.pattern().label() + compression(e.compression(), "; ");
    }
    if (findings instanceof Compression c) {
      return compression(c.compression(), "").strip();
    }
    if (findings instanceof FusionCt f) {
      return f.fusionStatus().label()
          + (f.screwLucency() ? "; lucency around screws" : "")
          + (f.cageSubsidence() ? "; cage subsidence" : "");
    }
    if (findings instanceof Dynamic d) {
      return "translation " + plain(d.translationMm()) + " mm, angulation "
          + plain(d.angulationDegrees()) + " degrees";
    }
    if (findings instanceof Sagittal s) {
      return "PI " + s.pelvicIncidence() + ", LL " + s.lumbarLordosis() + ", PI-LL "
          + s.piMinusLl() + " degrees, SVA " + s.svaMm() + " mm";
    }
    if (findings instanceof Electrodiagnostic e) {
      return roots("left", e.left()) + roots("right", e.right());
    }
    if (findings instanceof InflammatoryMarkers m) {
      return (m.esrMmPerHour() == null ? "" : "ESR " + plain(m.esrMmPerHour()) + " mm/h")
          + (m.esrMmPerHour() != null && m.crpMgPerL() != null ? ", " : "")
          + (m.crpMgPerL() == null ? "" : "CRP " + plain(m.crpMgPerL()) + " mg/L");
    }
    return "";
  }

  private static String compression(Collection<? extends Enum<?>> found, String prefix) {
    if (found.isEmpty()) {
      return "";
    }
    return prefix
        + found.stream()
            .map(c -> ((org.spinecase.domain.model.workup.NeuralCompression) c).label())
            .collect(Collectors.joining(", "));
  }

  private static String roots(String side, Map<NerveRoot, RootFinding> roots) {
    if (roots.isEmpty()) {
      return "";
    }
    return side
        + ": "
        + roots.entrySet().stream()
            .map(e -> e.getKey().label() + " " + e.getValue().label().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "))
        + "; ";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
