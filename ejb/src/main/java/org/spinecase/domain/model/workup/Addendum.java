package org.spinecase.domain.model.workup;

import java.util.Optional;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * A dated, signed addition to a signed workup, shown beside the original: the only way to change
 * what a signed workup says, so the MDT and the referrer can always see what was signed and what
 * came after. It may name the section it concerns.
 */
public record Addendum(Signature signature, WorkupSection concerns, String text) {

  public Addendum {
    if (signature == null) {
      throw new ClinicalRuleViolation(null, "An addendum must be signed.");
    }
    text = FreeText.limited("text", "Addendum", FreeText.tidyBlock(text), 4000);
    if (text == null) {
      throw new ClinicalRuleViolation("text", "The addendum text is required.");
    }
  }

  public Optional<WorkupSection> section() {
    return Optional.ofNullable(concerns);
  }
}
