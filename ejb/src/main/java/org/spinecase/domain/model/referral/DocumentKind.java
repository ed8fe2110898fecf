package org.spinecase.domain.model.referral;

/** What an attached document is, as the clinician files it. */
public enum DocumentKind {
  REFERRAL_LETTER("Referral letter"),
  OUTSIDE_REPORT("Outside report"),
  IMAGING_REPORT("Imaging report"),
  OTHER("Other document");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
