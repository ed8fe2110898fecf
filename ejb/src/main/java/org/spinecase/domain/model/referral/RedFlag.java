package org.spinecase.domain.model.referral;

/**
 * The warning signs after failed back surgery that need an answer in days, not weeks. The hint is
 * what the person entering the referral looks for in the letter.
 */
public enum RedFlag {
  CAUDA_EQUINA(
      "Cauda equina signs",
      "Saddle anaesthesia, new bladder or bowel dysfunction, bilateral leg symptoms"),
  PROGRESSIVE_NEUROLOGICAL_DEFICIT(
      "Progressive neurological deficit", "Worsening weakness or numbness, e.g. a new foot drop"),
  INFECTION_SIGNS(
      "Signs of infection", "Fever, wound discharge, raised inflammatory markers after surgery"),
  CANCER_HISTORY_OR_WEIGHT_LOSS(
      "Cancer history or unexplained weight loss",
      "Known malignancy, unexplained weight loss, pain at night"),
  FRACTURE_RISK("Fracture risk", "Trauma, osteoporosis, long-term steroid use"),
  CSF_LEAK("CSF leak", "Positional headache or clear wound discharge after a dural tear");

  private final String label;
  private final String hint;

  RedFlag(String label, String hint) {
    this.label = label;
    this.hint = hint;
  }

  public String label() {
    return label;
  }

  public String hint() {
    return hint;
  }
}
