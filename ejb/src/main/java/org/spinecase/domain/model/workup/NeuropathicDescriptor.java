package org.spinecase.domain.model.workup;

/**
 * Words the patient uses for the pain that suggest a neuropathic component, as asked in the
 * history. The screening questionnaires themselves (DN4, painDETECT) are instruments with their own
 * scoring and licence and are not reproduced here.
 */
public enum NeuropathicDescriptor {
  BURNING("Burning"),
  PAINFUL_COLD("Painful cold"),
  ELECTRIC_SHOCKS("Electric shocks"),
  TINGLING("Tingling"),
  PINS_AND_NEEDLES("Pins and needles"),
  NUMBNESS("Numbness"),
  ITCHING("Itching"),
  TOUCH_EVOKED("Pain evoked by light touch (allodynia)");

  private final String label;

  NeuropathicDescriptor(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
