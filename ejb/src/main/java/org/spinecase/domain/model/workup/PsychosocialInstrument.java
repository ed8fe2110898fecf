package org.spinecase.domain.model.workup;

/**
 * The screening questionnaires of the psychosocial section. They are the instruments of the outcome
 * measures ({@link org.spinecase.domain.model.outcome.Instruments}), done in the workup or linked
 * from a response already given, so that scores and alerts (PHQ-9 item 9) are computed in one place
 * only. {@link #instrumentCode()} is the code of that instrument.
 */
public enum PsychosocialInstrument {
  PHQ_9("PHQ-9 (depression)", "PHQ-9"),
  GAD_7("GAD-7 (anxiety)", "GAD-7"),
  PCS("Pain Catastrophizing Scale", "PCS"),
  START_BACK("STarT Back", "STarT-Back");

  private final String label;
  private final String instrumentCode;

  PsychosocialInstrument(String label, String instrumentCode) {
    this.label = label;
    this.instrumentCode = instrumentCode;
  }

  public String label() {
    return label;
  }

  public String instrumentCode() {
    return instrumentCode;
  }
}
