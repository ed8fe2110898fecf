package org.spinecase.domain.model.patient;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spinal levels an operation involved, written the way surgeons write them: one vertebra
 * ({@code L5}) or a span from the upper to the lower vertebra ({@code L4-L5}, {@code L5-S1}, {@code
 * T12-L1}, {@code L3-S1}).
 *
 * <p>Levels are kept as this short text rather than a pair of columns because that is how they
 * appear in operative reports, referral letters and the clinic's own notes; the rule here keeps the
 * text to vertebrae that exist and spans that run head to tail.
 */
public final class SpinalLevels {

  /** The shape of a valid entry; {@link #isValid} also checks the span runs downwards. */
  public static final String PATTERN =
      "^(C[1-7]|T1[0-2]|T[1-9]|L[1-5]|S[1-5])(-(C[1-7]|T1[0-2]|T[1-9]|L[1-5]|S[1-5]))?$";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  private SpinalLevels() {}

  /** Upper case with white space removed, so "l4 - l5" is stored as "L4-L5". */
  public static String canonical(String text) {
    return text == null ? null : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** Whether {@code text}, in canonical form, names real vertebrae from upper to lower. */
  public static boolean isValid(String text) {
    String levels = canonical(text);
    if (levels == null) {
      return false;
    }
    Matcher matcher = SHAPE.matcher(levels);
    if (!matcher.matches()) {
      return false;
    }
    String lower = matcher.group(3);
    return lower == null || position(matcher.group(1)) < position(lower);
  }

  /** Position from the skull down: C1 is 1, T1 is 8, L1 is 20, S1 is 25. */
  static int position(String vertebra) {
    int number = Integer.parseInt(vertebra.substring(1));
    return switch (vertebra.charAt(0)) {
      case 'C' -> number;
      case 'T' -> 7 + number;
      case 'L' -> 19 + number;
      case 'S' -> 24 + number;
      default -> throw new IllegalArgumentException("Not a vertebra: " + vertebra);
    };
  }
}
