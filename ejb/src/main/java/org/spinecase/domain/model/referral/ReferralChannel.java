package org.spinecase.domain.model.referral;

/** How the referral reached the clinic; the coordinator chases missing documents the same way. */
public enum ReferralChannel {
  LETTER("Letter"),
  EMAIL("Email"),
  FAX("Fax"),
  ELECTRONIC("Electronic referral"),
  PHONE("Phone");

  private final String label;

  ReferralChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
