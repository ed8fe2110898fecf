package org.spinecase.domain.model.patient;

/**
 * The Luhn (mod 10) check digit, which catches every single mistyped digit and most swaps of two
 * neighbouring digits when an MRN is read out over the phone or copied from a letter.
 */
public final class LuhnCheckDigit {

  private LuhnCheckDigit() {}

  /** The digit to append to {@code digits} so that the whole passes {@link #isValid}. */
  public static int of(String digits) {
    requireDigits(digits);
    int sum = 0;
    boolean doubled = true; // the rightmost payload digit is doubled once the check digit follows
    for (int i = digits.length() - 1; i >= 0; i--) {
      sum += weigh(digits.charAt(i) - '0', doubled);
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether the last digit of {@code digitsWithCheck} is the Luhn check digit of the rest. */
  public static boolean isValid(String digitsWithCheck) {
    if (digitsWithCheck == null
        || digitsWithCheck.length() < 2
        || !digitsWithCheck.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int last = digitsWithCheck.length() - 1;
    return of(digitsWithCheck.substring(0, last)) == digitsWithCheck.charAt(last) - '0';
  }

  private static int weigh(int digit, boolean doubled) {
    if (!doubled) {
      return digit;
    }
    int twice = digit * 2;
    return twice > 9 ? twice - 9 : twice;
  }

  private static void requireDigits(String digits) {
    if (digits == null || digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("Luhn needs decimal digits, got: " + digits);
    }
  }
}
