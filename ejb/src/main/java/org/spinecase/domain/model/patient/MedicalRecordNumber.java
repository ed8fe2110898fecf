package org.spinecase.domain.model.patient;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The patient's medical record number (MRN), the identifier clinicians quote on letters, labels and
 * the phone.
 *
 * <p>Numbers issued by SpineCase follow the clinic pattern {@code PREFIX-NNNNNNC}: a prefix per
 * clinic (setting {@value #PREFIX_SETTING}, default {@value #DEFAULT_PREFIX}), six serial digits
 * and a Luhn check digit, so {@code SC-0000018} is the first one. A check digit turns a mistyped
 * MRN into "no such patient" instead of the wrong patient. Numbers taken over from another system
 * only need to look like an MRN ({@value #PATTERN}); they are stored in upper case so that lookups
 * need no case folding.
 */
public final class MedicalRecordNumber {

  /** What any MRN, issued here or taken over, must look like. */
  public static final String PATTERN = "^[A-Z0-9][A-Z0-9-]{2,19}$";

  /** System property or environment variable holding the clinic's prefix. */
  public static final String PREFIX_SETTING = "SPINECASE_MRN_PREFIX";

  public static final String DEFAULT_PREFIX = "SC";

  /** The highest serial that still fits the six serial digits. */
  public static final long MAX_SERIAL = 999_999L;

  private static final Pattern ANY_MRN = Pattern.compile(PATTERN);
  private static final Pattern PREFIX = Pattern.compile("^[A-Z0-9]{1,12}$");
  private static final Pattern ISSUED = Pattern.compile("^[A-Z0-9]{1,12}-([0-9]{7})$");

  private final String value;

  private MedicalRecordNumber(String value) {
    this.value = value;
  }

  /** An MRN typed in or taken over from another system. */
  public static MedicalRecordNumber of(String text) {
    String candidate = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!ANY_MRN.matcher(candidate).matches()) {
      throw new ClinicalRuleViolation(
          "mrn",
          "MRN must be 3 to 20 letters, digits or hyphens, starting with a letter or digit.");
    }
    return new MedicalRecordNumber(candidate);
  }

  /** The MRN this clinic issues for the given serial number. */
  public static MedicalRecordNumber issue(String prefix, long serial) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalStateException(
          "MRN prefix must be 1 to 12 upper-case letters or digits, got: " + prefix);
    }
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalStateException(
          "MRN serial " + serial + " is outside 1.." + MAX_SERIAL + " for prefix " + prefix);
    }
    String digits = String.format(Locale.ROOT, "%06d", serial);
    return new MedicalRecordNumber(prefix + "-" + digits + LuhnCheckDigit.of(digits));
  }

  /** The prefix this installation issues MRNs with. */
  public static String configuredPrefix() {
    String configured = System.getProperty(PREFIX_SETTING, System.getenv(PREFIX_SETTING));
    if (configured == null || configured.isBlank()) {
      return DEFAULT_PREFIX;
    }
    return configured.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether {@code text} has the clinic pattern and a correct check digit. */
  public static boolean isValidIssued(String text) {
    if (text == null) {
      return false;
    }
    var matcher = ISSUED.matcher(text);
    return matcher.matches() && LuhnCheckDigit.isValid(matcher.group(1));
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MedicalRecordNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
