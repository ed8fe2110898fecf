package org.spinecase.domain.model.workup;

/** Complications of a diagnostic block; none recorded means none occurred. */
public enum BlockComplication {
  VASOVAGAL("Vasovagal reaction"),
  INTRAVASCULAR_INJECTION("Intravascular injection"),
  DURAL_PUNCTURE("Dural puncture"),
  TRANSIENT_WEAKNESS_OR_NUMBNESS("Transient weakness or numbness"),
  HAEMATOMA("Haematoma"),
  INFECTION("Infection"),
  ALLERGIC_REACTION("Allergic reaction"),
  OTHER("Other");

  private final String label;

  BlockComplication(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
