package org.spinecase.domain.model.workup;

import java.util.List;

/**
 * What one section of the workup holds. Each section saves on its own and may be half done; it says
 * itself what is still missing, so the sheet can show which sections are complete and the signing
 * rule can name what blocks it.
 */
public interface SectionContent {

  WorkupSection section();

  /** What is still missing, in the clinic's words; empty when the section is complete. */
  List<String> missing();

  default boolean isComplete() {
    return missing().isEmpty();
  }
}
