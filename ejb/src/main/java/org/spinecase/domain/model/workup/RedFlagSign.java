package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.referral.RedFlag;

/**
 * The items of the red-flag checklist of docs/clinical-reference.md, one per sign the clinician asks
 * about or looks for. Each belongs to one of the red flags the referral already knows ({@link
 * RedFlag}), so that a positive sign marks the case with the same flag, banner and worklist as a
 * red flag found at referral.
 */
public enum RedFlagSign {
  SADDLE_ANAESTHESIA("Saddle anaesthesia", RedFlag.CAUDA_EQUINA),
  BLADDER_OR_BOWEL_CHANGE("New bladder or bowel dysfunction", RedFlag.CAUDA_EQUINA),
  PROGRESSIVE_NEUROLOGICAL_DEFICIT(
      "Progressive neurological deficit", RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT),
  FEVER("Fever", RedFlag.INFECTION_SIGNS),
  WOUND_DRAINAGE("Wound drainage", RedFlag.INFECTION_SIGNS),
  IMMUNOSUPPRESSION("Immunosuppression", RedFlag.INFECTION_SIGNS),
  INTRAVENOUS_DRUG_USE("Intravenous drug use", RedFlag.INFECTION_SIGNS),
  CANCER_HISTORY("History of cancer", RedFlag.CANCER_HISTORY_OR_WEIGHT_LOSS),
  UNEXPLAINED_WEIGHT_LOSS("Unexplained weight loss", RedFlag.CANCER_HISTORY_OR_WEIGHT_LOSS),
  FRACTURE_RISK("Fracture risk (trauma, osteoporosis, steroids)", RedFlag.FRACTURE_RISK),
  CSF_LEAK("CSF leak (positional headache, clear wound fluid)", RedFlag.CSF_LEAK);

  private final String label;
  private final RedFlag flag;

  RedFlagSign(String label, RedFlag flag) {
    this.label = label;
    this.flag = flag;
  }

  public String label() {
    return label;
  }

  public RedFlag flag() {
    return flag;
  }
}
