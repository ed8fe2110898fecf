package org.spinecase.domain.model.referral;

/**
 * What the referrer asks the clinic, as a coded list: triage and the worklists group referrals by
 * it, and the MDT later answers exactly this question.
 */
public enum ReferralQuestion {
  SECOND_OPINION_FURTHER_SURGERY("Second opinion on further surgery"),
  SCS_EVALUATION("Spinal cord stimulation evaluation"),
  REVISION_EVALUATION("Revision surgery evaluation"),
  PAIN_MANAGEMENT("Pain management"),
  OTHER("Other question");

  private final String label;

  ReferralQuestion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
