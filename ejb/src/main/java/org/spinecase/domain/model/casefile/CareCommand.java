package org.spinecase.domain.model.casefile;

/**
 * What a clinician can do to move an episode of care on. Which command is allowed when, and to
 * whom, is {@link CareLifecycle}'s table; the command itself only knows how it is named.
 */
public enum CareCommand {
  REQUEST_INFORMATION(
      "Request more information",
      "put on hold for more information",
      EventKind.INFORMATION_REQUESTED,
      "Say what information is needed."),
  INFORMATION_RECEIVED(
      "Information received",
      "marked as information received",
      EventKind.INFORMATION_RECEIVED,
      null),
  ACCEPT("Accept and open a case", "accepted", EventKind.REFERRAL_ACCEPTED, null),
  DECLINE(
      "Decline",
      "declined",
      EventKind.REFERRAL_DECLINED,
      "A reason is required to decline a referral."),
  MARK_READY_FOR_MDT("Ready for MDT", "marked ready for MDT", EventKind.STATUS_CHANGED, null),
  RETURN_TO_WORKUP(
      "Return to workup",
      "returned to workup",
      EventKind.STATUS_CHANGED,
      "A reason is required to return a case to workup."),
  RECORD_MDT_DECISION(
      "Record MDT decision",
      "given an MDT decision",
      EventKind.STATUS_CHANGED,
      "Summarise the MDT decision."),
  AGREE_PLAN("Plan agreed", "marked as plan agreed", EventKind.STATUS_CHANGED, null),
  START_TREATMENT("Start treatment", "moved into treatment", EventKind.STATUS_CHANGED, null),
  START_FOLLOW_UP("Start follow-up", "moved into follow-up", EventKind.STATUS_CHANGED, null),
  CLOSE("Close case", "closed", EventKind.STATUS_CHANGED, "A reason is required to close a case.");

  private final String label;
  private final String passive;
  private final EventKind eventKind;
  private final String reasonPrompt;

  CareCommand(String label, String passive, EventKind eventKind, String reasonPrompt) {
    this.label = label;
    this.passive = passive;
    this.eventKind = eventKind;
    this.reasonPrompt = reasonPrompt;
  }

  /** What the clinician is told when the reason the lifecycle requires is missing. */
  public String reasonPrompt() {
    return reasonPrompt == null ? "A reason is required." : reasonPrompt;
  }

  /** The button's text. */
  public String label() {
    return label;
  }

  /** How a refusal says it: "A case ... cannot be {@code closed} by ...". */
  public String passive() {
    return passive;
  }

  /**
   * Whether the command needs the case's workup signed. Ready for MDT does: signing the complete
   * workup gives it, so that no case reaches the MDT with its workup unsigned or incomplete; by
   * hand it is offered only after signing, for a case returned to workup.
   */
  public boolean needsSignedWorkup() {
    return this == MARK_READY_FOR_MDT;
  }

  /** What the timeline records when the command is applied. */
  public EventKind eventKind() {
    return eventKind;
  }
}
