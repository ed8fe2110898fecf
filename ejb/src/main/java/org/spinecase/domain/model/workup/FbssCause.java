package org.spinecase.domain.model.workup;

/**
 * The causes of pain after spine surgery, exactly the taxonomy of docs/clinical-reference.md ("Cause
 * taxonomy"), in its order. A case can have several. The clinic counts causes, so there is no
 * free-text "other": {@link #UNKNOWN} is the honest answer when none fits.
 */
public enum FbssCause {
  RESIDUAL_OR_RECURRENT_DISC_HERNIATION("Residual or recurrent disc herniation"),
  INCOMPLETE_DECOMPRESSION("Incomplete decompression"),
  FORAMINAL_STENOSIS("Foraminal stenosis"),
  CENTRAL_OR_LATERAL_RECESS_STENOSIS("Central or lateral-recess stenosis"),
  EPIDURAL_FIBROSIS("Epidural fibrosis (scar)"),
  ARACHNOIDITIS("Arachnoiditis"),
  PSEUDARTHROSIS("Pseudarthrosis / failed fusion"),
  ADJACENT_SEGMENT_DISEASE("Adjacent segment disease"),
  INSTABILITY_OR_SPONDYLOLISTHESIS("Instability or spondylolisthesis"),
  SAGITTAL_IMBALANCE("Sagittal imbalance / flatback"),
  HARDWARE_PROBLEM("Hardware failure, malposition or migration"),
  FACET_JOINT_PAIN("Facet joint pain"),
  SACROILIAC_JOINT_PAIN("Sacroiliac joint pain"),
  DISCOGENIC_PAIN("Discogenic pain"),
  NEUROPATHIC_PAIN_OR_ROOT_INJURY("Neuropathic pain / nerve-root injury"),
  WRONG_LEVEL_OR_WRONG_PROCEDURE("Wrong-level or wrong-procedure surgery"),
  INFECTION("Infection (discitis, abscess)"),
  PSEUDOMENINGOCELE_OR_CSF_LEAK("Pseudomeningocele / CSF leak"),
  MYOFASCIAL_PAIN_OR_DECONDITIONING("Myofascial pain / deconditioning"),
  UNKNOWN("Unknown");

  private final String label;

  FbssCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
