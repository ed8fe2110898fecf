package org.spinecase.domain.model.referral;

import org.spinecase.domain.model.casefile.CareState;

/**
 * Where a referral stands in triage. An accepted referral lives on as its case, whose status then
 * tells where the episode is.
 */
public enum ReferralStatus implements CareState {
  RECEIVED("Received"),
  AWAITING_INFORMATION("Waiting for information"),
  ACCEPTED("Accepted"),
  DECLINED("Declined");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String recordName() {
    return "referral";
  }

  /** Not yet triaged: the referral is in the pool every surgeon and pain specialist may see. */
  public boolean isAwaitingTriage() {
    return this == RECEIVED || this == AWAITING_INFORMATION;
  }
}
