package org.spinecase.interfaces.workup.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.StudyFindings;

/** The key findings of a resulted study in one line, in the clinic's words, for tables. */
final class StudyText {

  private StudyText() {}

  static String describe(StudyFindings findings) {
    if (findings instanceof StudyFindings.Enhancement e) {
      return e.pattern().label() + (e.compression().isEmpty() ? "" : "; " + compression(e.compression()));
    }
    if (findings instanceof StudyFindings.Compression c) {
      return compression(c.compression());
    }
    if (findings instanceof StudyFindings.FusionCt f) {
      return f.fusionStatus().label()
          + (f.screwLucency() ? "; screw lucency" : "") + (f.cageSubsidence() ? "; cage subsidence" : "");
    }
    if (findings instanceof StudyFindings.Dynamic d) {
      return "Translation " + d.translationMm().stripTrailingZeros().toPlainString()
          + " mm, angulation " + d.angulationDegrees().stripTrailingZeros().toPlainString() + "°";
    }
    if (findings instanceof StudyFindings.Sagittal s) {
      return "PI " + s.pelvicIncidence() + "°, LL " + s.lumbarLordosis()
          + "°, PI−LL " + s.piMinusLl() + "°, SVA " + s.svaMm() + " mm";
    }
    if (findings instanceof StudyFindings.Electrodiagnostic emg) {
      return (roots("Left", emg.left()) + roots("Right", emg.right())).strip();
    }
    StudyFindings.InflammatoryMarkers m = (StudyFindings.InflammatoryMarkers) findings;
    return (m.esrMmPerHour() == null ? "" : "ESR " + m.esrMmPerHour().stripTrailingZeros().toPlainString() + " mm/h")
        + (m.esrMmPerHour() != null && m.crpMgPerL() != null ? ", " : "")
        + (m.crpMgPerL() == null ? "" : "CRP " + m.crpMgPerL().stripTrailingZeros().toPlainString() + " mg/L");
  }

  private static String compression(java.util.Set<NeuralCompression> values) {
    return values.stream().sorted().map(NeuralCompression::label).collect(Collectors.joining(", "));
  }

  private static String roots(String side, Map<NerveRoot, RootFinding> roots) {
    if (roots.isEmpty()) {
      return "";
    }
    return side + ": " + roots.entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue().label().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", ")) + ". ";
  }
}
