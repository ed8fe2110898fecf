package org.spinecase.domain.model.workup;

import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * A pointer from a cause to the study or block it rests on, by the workup's own number for it. The
 * workup sheet refuses a pointer to a study or block it does not hold.
 */
public record EvidenceRef(Kind kind, long id) {

  /** What the pointer points at. */
  public enum Kind {
    STUDY("Study"),
    BLOCK("Diagnostic block");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public EvidenceRef {
    if (kind == null) {
      throw new ClinicalRuleViolation("evidence", "Say whether the evidence is a study or block.");
    }
  }

  public static EvidenceRef study(long id) {
    return new EvidenceRef(Kind.STUDY, id);
  }

  public static EvidenceRef block(long id) {
    return new EvidenceRef(Kind.BLOCK, id);
  }
}
