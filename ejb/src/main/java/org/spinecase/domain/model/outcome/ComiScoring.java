package org.spinecase.domain.model.outcome;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * COMI-back domain scores as docs/clinical-reference.md defines them: the pain domain is the higher of
 * back and leg NRS (items 1 and 2, both needed), and each other item (3-7) scores 0, 2.5, 5, 7.5 or
 * 10 for options 0-4.
 *
 * <p>The reference says the index runs 0-10 but is silent on how the domains combine into it (which
 * items form which domain, and whether and how they are averaged). Rather than invent that rule,
 * this scoring gives the domain scores and no index ({@link Score#notScorableReason()} says why);
 * the rule is to be added once taken from the instrument's published scoring. The minimal important
 * improvement of 2.2 points on the index is in {@link MinimalImportantChange#COMI_BACK}.
 */
public final class ComiScoring implements Scoring {

  public static final String PAIN = "pain";

  @Override
  public Instrument instrument() {
    return Instruments.COMI_BACK;
  }

  @Override
  public Score score(Answers answers) {
    Instrument comi = instrument();
    comi.check(answers);
    Map<String, Double> domains = new HashMap<>();
    OptionalInt back = answers.value(1);
    OptionalInt leg = answers.value(2);
    if (back.isPresent() && leg.isPresent()) {
      domains.put(PAIN, (double) Math.max(back.getAsInt(), leg.getAsInt()));
    }
    for (int item = 3; item <= comi.itemCount(); item++) {
      OptionalInt option = answers.value(item);
      if (option.isPresent()) {
        domains.put("item" + item, option.getAsInt() * 2.5);
      }
    }
    return Score.notScorable(
        comi, "index rule not given in docs/clinical-reference.md", domains, Set.of());
  }
}
