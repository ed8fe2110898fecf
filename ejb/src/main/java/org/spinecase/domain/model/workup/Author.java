package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Who writes to the workup: the username and the discipline in which they act on this case (their
 * place on the care team). Whether they are on the team at all is the service's check; the sheet
 * checks what their discipline may do.
 */
public record Author(String username, Discipline discipline) {

  public Author {
    if (username == null || username.isBlank()) {
      throw new ClinicalRuleViolation(null, "The author's username is required.");
    }
    if (discipline == null) {
      throw new ClinicalRuleViolation(null, "The author's discipline is required.");
    }
  }
}
