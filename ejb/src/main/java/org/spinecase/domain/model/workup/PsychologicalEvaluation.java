package org.spinecase.domain.model.workup;

import java.util.List;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The psychologist's own section: the psychological evaluation in the psychologist's words, which
 * the summary shows beside the screening scores. Complete once written.
 */
public record PsychologicalEvaluation(String assessment) implements SectionContent {

  public PsychologicalEvaluation {
    assessment = FreeText.limited("assessment", "Assessment", FreeText.tidyBlock(assessment), 4000);
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.PSYCHOLOGICAL_EVALUATION;
  }

  @Override
  public List<String> missing() {
    return assessment == null ? List.of("assessment") : List.of();
  }
}
