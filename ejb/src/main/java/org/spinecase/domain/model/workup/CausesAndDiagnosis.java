package org.spinecase.domain.model.workup;

import java.util.ArrayList;
import java.util.List;

/**
 * The causes-and-diagnosis section: the causes found, each with its evidence, and the diagnosis. It
 * is complete with at least one cause not excluded and a diagnosis: a workup that excludes
 * everything has not yet found what it was for ({@link FbssCause#UNKNOWN} with its certainty is the
 * honest way to close it when nothing is found).
 */
public record CausesAndDiagnosis(List<CauseFinding> causes, Diagnosis diagnosis)
    implements SectionContent {

  public CausesAndDiagnosis {
    causes = causes == null ? List.of() : List.copyOf(causes);
  }

  /** The causes the team believes in, for the summary and the MDT. */
  public List<CauseFinding> activeCauses() {
    return causes.stream().filter(c -> !c.isExcluded()).toList();
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.CAUSES;
  }

  @Override
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (activeCauses().isEmpty()) {
      missing.add("at least one cause not excluded");
    }
    if (diagnosis == null) {
      missing.add("diagnosis");
    }
    return missing;
  }
}
