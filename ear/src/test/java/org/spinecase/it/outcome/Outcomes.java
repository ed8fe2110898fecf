package org.spinecase.it.outcome;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.ResponseStart;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;

/** Starts and answer sets the outcome tests share. */
final class Outcomes {

  private Outcomes() {}

  static ResponseStart baseline(long caseId, String instrument) {
    RecallPeriod recall = instrument.startsWith("NRS") ? RecallPeriod.AVERAGE_1_WEEK : null;
    return new ResponseStart(caseId, instrument, TimePoint.BASELINE, null, recall, "en", EntryMode.CLINICIAN);
  }

  /** One value per item, from item 1. */
  static Map<Integer, Set<Integer>> answers(int... values) {
    Map<Integer, Set<Integer>> answers = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(i + 1, Set.of(values[i]));
    }
    return answers;
  }
}
