package org.spinecase.domain.model.workup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * An ICD-11 diagnosis as a cluster: a stem code and the extension codes that add detail to it
 * (postcoordination), written as {@code stem&extension&extension}. "Chronic pain after spinal
 * surgery" has no single MMS code of its own (it is a Foundation entity), so it is coded as the
 * stem {@link #CHRONIC_POSTSURGICAL_PAIN} with extensions, never stored as one string.
 *
 * <p>Only the shape of the codes is checked here: stem codes as in the ICD-11 code structure (a
 * chapter character, a letter, a digit, a character, then optionally a dot and one or two
 * characters; the letters I and O are not used), extension codes starting with X. Whether a code
 * exists, and which extensions a stem allows, is for a terminology server; no extension code is
 * hard-coded (verify the shape rules against the ICD-11 Reference Guide, section "Code structure").
 */
public record Icd11Cluster(String stem, List<String> extensions) {

  /**
   * MG30.21 Chronic postsurgical pain: pain for at least 3 months after surgery, in the surgical
   * area or its nerve territory, with infection, malignancy and pre-existing pain excluded.
   */
  public static final String CHRONIC_POSTSURGICAL_PAIN = "MG30.21";

  private static final String CHAR = "[0-9A-HJ-NP-Z]";
  private static final String LETTER = "[A-HJ-NP-Z]";
  private static final Pattern STEM =
      Pattern.compile(CHAR + LETTER + "[0-9]" + CHAR + "(\\." + CHAR + "{1,2})?");
  private static final Pattern EXTENSION =
      Pattern.compile("X" + LETTER + CHAR + "{2,4}(\\." + CHAR + "{1,2})?");

  public Icd11Cluster {
    stem = normal(stem);
    if (stem == null || !STEM.matcher(stem).matches() || stem.startsWith("X")) {
      throw new ClinicalRuleViolation("icd11Stem", "Not an ICD-11 stem code: " + stem);
    }
    extensions =
        extensions == null ? List.of() : extensions.stream().map(Icd11Cluster::normal).toList();
    for (String extension : extensions) {
      if (extension == null || !EXTENSION.matcher(extension).matches()) {
        throw new ClinicalRuleViolation(
            "icd11Extensions", "Not an ICD-11 extension code: " + extension);
      }
    }
    if (extensions.stream().distinct().count() != extensions.size()) {
      throw new ClinicalRuleViolation("icd11Extensions", "An extension code is listed twice.");
    }
  }

  public static Icd11Cluster of(String stem, String... extensions) {
    return new Icd11Cluster(stem, List.of(extensions));
  }

  /** The cluster as written in ICD-11: stem and extensions joined by {@code &}. */
  public String expression() {
    return extensions.isEmpty() ? stem : stem + "&" + String.join("&", extensions);
  }

  private static String normal(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
