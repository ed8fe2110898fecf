package org.spinecase.domain.model.referral;

import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * A ticked red flag makes the referral a red-flag referral, and a red-flag referral names its flag.
 *
 * <p>A tick with a lower urgency is raised rather than refused: the tick is the more specific
 * statement, and the safe mistake is to look at a patient too early, never too late. The other way
 * round is refused, because a red-flag urgency without a flag gives the triaging surgeon nothing to
 * look for.
 */
public final class RedFlagRule {

  private RedFlagRule() {}

  /** The urgency the referral gets for what was chosen and ticked. */
  public static Urgency urgencyFor(Urgency chosen, Set<RedFlag> flags) {
    if (chosen == null) {
      throw new ClinicalRuleViolation("urgency", "Urgency is required.");
    }
    boolean flagged = flags != null && !flags.isEmpty();
    if (flagged) {
      return Urgency.RED_FLAG;
    }
    if (chosen == Urgency.RED_FLAG) {
      throw new ClinicalRuleViolation(
          "redFlags", "Tick at least one red flag for a red-flag referral.");
    }
    return chosen;
  }
}
