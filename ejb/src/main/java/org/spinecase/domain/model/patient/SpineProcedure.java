package org.spinecase.domain.model.patient;

/**
 * The coded list of spine procedures a patient may have had before coming to the clinic.
 *
 * <p>A coded list rather than free text, so that the clinic can ask "every patient after a failed
 * fusion" without reading prose.
 */
public enum SpineProcedure {
  DISCECTOMY("Discectomy"),
  MICRODISCECTOMY("Microdiscectomy"),
  LAMINECTOMY("Laminectomy"),
  LAMINOTOMY("Laminotomy"),
  FORAMINOTOMY("Foraminotomy"),
  POSTEROLATERAL_FUSION("Posterolateral fusion"),
  TLIF("TLIF (transforaminal lumbar interbody fusion)"),
  PLIF("PLIF (posterior lumbar interbody fusion)"),
  ALIF("ALIF (anterior lumbar interbody fusion)"),
  LLIF("LLIF (lateral lumbar interbody fusion)"),
  OLIF("OLIF (oblique lumbar interbody fusion)"),
  DISC_ARTHROPLASTY("Disc arthroplasty"),
  INTERSPINOUS_DEVICE("Interspinous device"),
  HARDWARE_REMOVAL("Hardware removal"),
  SCS_IMPLANT("Spinal cord stimulator implant"),
  OTHER("Other procedure");

  private final String label;

  SpineProcedure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
