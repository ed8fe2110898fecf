package org.spinecase.infrastructure.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.FusionStatus;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyFindings.Compression;
import org.spinecase.domain.model.workup.StudyFindings.Dynamic;
import org.spinecase.domain.model.workup.StudyFindings.Electrodiagnostic;
import org.spinecase.domain.model.workup.StudyFindings.Enhancement;
import org.spinecase.domain.model.workup.StudyFindings.FusionCt;
import org.spinecase.domain.model.workup.StudyFindings.InflammatoryMarkers;
import org.spinecase.domain.model.workup.StudyFindings.Sagittal;

/**
 * A study's findings. The shape follows from the study's type ({@code StudyType.findingsType()}),
 * which the row keeps in its own column, so the JSON carries no type tag and reading is told the
 * shape to expect.
 */
final class FindingsJson {

  private FindingsJson() {}

  static JsonObjectBuilder write(StudyFindings findings) {
    JsonObjectBuilder json = Json.object();
    if (findings instanceof Enhancement e) {
      Json.put(json, "pattern", e.pattern());
      json.add("compression", Json.names(e.compression()));
    } else if (findings instanceof Compression c) {
      json.add("compression", Json.names(c.compression()));
    } else if (findings instanceof FusionCt f) {
      Json.put(json, "fusionStatus", f.fusionStatus());
      json.add("screwLucency", f.screwLucency()).add("cageSubsidence", f.cageSubsidence());
    } else if (findings instanceof Dynamic d) {
      Json.put(json, "translationMm", d.translationMm());
      Json.put(json, "angulationDegrees", d.angulationDegrees());
    } else if (findings instanceof Sagittal s) {
      json.add("pelvicIncidence", s.pelvicIncidence())
          .add("lumbarLordosis", s.lumbarLordosis())
          .add("svaMm", s.svaMm());
    } else if (findings instanceof Electrodiagnostic e) {
      json.add("left", roots(e.left()));
      json.add("right", roots(e.right()));
    } else if (findings instanceof InflammatoryMarkers m) {
      Json.put(json, "esrMmPerHour", m.esrMmPerHour());
      Json.put(json, "crpMgPerL", m.crpMgPerL());
    }
    return json;
  }

  static StudyFindings read(Class<? extends StudyFindings> shape, JsonObject json) {
    if (shape == Enhancement.class) {
      return new Enhancement(
          Json.enumValue(json, "pattern", EnhancementPattern.class),
          Json.enumSet(json, "compression", NeuralCompression.class));
    }
    if (shape == Compression.class) {
      return new Compression(Json.enumSet(json, "compression", NeuralCompression.class));
    }
    if (shape == FusionCt.class) {
      return new FusionCt(
          Json.enumValue(json, "fusionStatus", FusionStatus.class),
          Json.flag(json, "screwLucency"),
          Json.flag(json, "cageSubsidence"));
    }
    if (shape == Dynamic.class) {
      return new Dynamic(
          Json.bigDecimal(json, "translationMm"), Json.bigDecimal(json, "angulationDegrees"));
    }
    if (shape == Sagittal.class) {
      return new Sagittal(
          json.getInt("pelvicIncidence"), json.getInt("lumbarLordosis"), json.getInt("svaMm"));
    }
    if (shape == Electrodiagnostic.class) {
      return new Electrodiagnostic(roots(json, "left"), roots(json, "right"));
    }
    if (shape == InflammatoryMarkers.class) {
      return new InflammatoryMarkers(
          Json.bigDecimal(json, "esrMmPerHour"), Json.bigDecimal(json, "crpMgPerL"));
    }
    throw new IllegalArgumentException("No findings of shape " + shape.getSimpleName());
  }

  private static JsonObjectBuilder roots(Map<NerveRoot, RootFinding> roots) {
    JsonObjectBuilder json = Json.object();
    roots.forEach((root, finding) -> json.add(root.name(), finding.name()));
    return json;
  }

  private static Map<NerveRoot, RootFinding> roots(JsonObject json, String name) {
    Map<NerveRoot, RootFinding> roots = new EnumMap<>(NerveRoot.class);
    if (Json.has(json, name)) {
      JsonObject side = json.getJsonObject(name);
      side.keySet()
          .forEach(
              root -> roots.put(NerveRoot.valueOf(root), RootFinding.valueOf(side.getString(root))));
    }
    return roots;
  }
}
