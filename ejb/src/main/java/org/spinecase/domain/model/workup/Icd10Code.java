package org.spinecase.domain.model.workup;

/**
 * The ICD-10 codes of docs/clinical-reference.md ("Names of the condition"). M96.1 is the code of the
 * condition itself (failed back surgery syndrome = post-laminectomy syndrome); M96.0 and M96.3 name
 * specific post-surgical conditions; the G89 codes only add the chronic pain to one of them.
 *
 * <p>G89.29 and G89.4 belong to ICD-10-CM, the US clinical modification, not to WHO ICD-10: a
 * clinic coding in WHO ICD-10 does not use them. M96.0 carries the reference's own "(verify)".
 */
public enum Icd10Code {
  M96_1("M96.1", "Postlaminectomy syndrome, not elsewhere classified", true, false),
  M96_0("M96.0", "Pseudarthrosis after fusion or arthrodesis", true, true),
  M96_3("M96.3", "Postlaminectomy kyphosis", true, false),
  G89_29("G89.29", "Other chronic pain", false, false),
  G89_4("G89.4", "Chronic pain syndrome", false, false);

  private final String code;
  private final String label;
  private final boolean primary;
  private final boolean verify;

  Icd10Code(String code, String label, boolean primary, boolean verify) {
    this.code = code;
    this.label = label;
    this.primary = primary;
    this.verify = verify;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether the code can stand as the diagnosis, rather than only supplement one. */
  public boolean mayBePrimary() {
    return primary;
  }

  /** Whether docs/clinical-reference.md marks the code as not confirmed against a primary source. */
  public boolean verify() {
    return verify;
  }
}
