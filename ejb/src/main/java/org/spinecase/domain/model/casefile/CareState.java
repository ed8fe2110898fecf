package org.spinecase.domain.model.casefile;

import java.util.Arrays;
import java.util.stream.Stream;
import org.spinecase.domain.model.referral.ReferralStatus;

/**
 * Where an episode of care stands: one of the referral's statuses before triage, one of the case's
 * after acceptance. Both enums implement this so that {@link CareLifecycle} can hold the whole
 * episode in one table and the timeline can show any step.
 */
public interface CareState {

  /** The constant's name, as stored. */
  String name();

  /** The status in the clinic's words. */
  String label();

  /** "referral" or "case", for sentences about the record in this state. */
  String recordName();

  /** The state stored under this name, in either enum. */
  static CareState valueOf(String name) {
    return Stream.concat(Arrays.stream(ReferralStatus.values()), Arrays.stream(CaseStatus.values()))
        .filter(state -> state.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No care state " + name));
  }
}
