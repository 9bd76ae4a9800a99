package org.variatlas.sdk.io;

/**
 * The one rule for numbers in data files, used by every reader of the project (the plugin SDK's
 * {@link CsvRow}, the platform's loaders and the engine's command line): a plain decimal with
 * {@code .} as decimal mark and an optional exponent, {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?}.
 *
 * <p>Everything else is refused rather than guessed: {@code 1,234} (a thousands separator or a
 * decimal comma?), {@code 1 234}, Java's {@code 1.5d} and hex floats {@code 0x1p3}, {@code NaN},
 * {@code Infinity}, and numbers too large for a double.
 */
public final class Numbers {

  private static final long[] POWERS = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L,
    10_000_000_000_000L,
    100_000_000_000_000L,
    1_000_000_000_000_000L
  };

  private Numbers() {}

  /** Whether {@code text} is a number by the rule. */
  public static boolean isNumber(CharSequence text) {
    return wellFormed(text, 0, text.length());
  }

  /**
   * The number {@code text} stands for.
   *
   * @throws NumberFormatException when it is not a number by the rule, or is out of range
   */
  public static double parse(CharSequence text) {
    int length = text.length();
    double whole = wholeNumber(text, 0, length);
    if (!Double.isNaN(whole)) {
      return whole;
    }
    if (!wellFormed(text, 0, length)) {
      throw new NumberFormatException("not a number: '" + text + "'");
    }
    double v = Double.parseDouble(text.toString());
    if (Double.isInfinite(v)) {
      throw new NumberFormatException("out of range: '" + text + "'");
    }
    return v;
  }

  /**
   * The number in {@code text[from, to)} by the rule, or NaN when it is not one (or is out of
   * range): the same result as {@link #parse} without making a String for the common plain decimal
   * of up to 15 digits, which is exact here because such a mantissa is a double and one division by
   * a power of ten up to 10^22 is correctly rounded (Clinger's fast path).
   */
  public static double value(char[] text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text[i] == '-' || text[i] == '+')) {
      negative = text[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < to; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        fraction += fraction >= 0 ? 1 : 0;
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        break;
      }
    }
    if (i == to && digits > 0 && digits < POWERS.length) {
      double v = fraction > 0 ? mantissa / (double) POWERS[fraction] : mantissa;
      return negative ? -v : v;
    }
    try {
      return parse(new String(text, from, to - from));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * The value of {@code text} as a whole number, or NaN when it is anything else (e.g. has a
   * decimal point or an exponent, or more than 15 digits): the fast path of {@link #parse}, exact
   * because every integer below 10^15 is a double.
   */
  static double wholeNumber(CharSequence text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int digits = to - i;
    if (digits <= 0 || digits >= POWERS.length) {
      return Double.NaN;
    }
    long v = 0;
    for (; i < to; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return Double.NaN;
      }
      v = v * 10 + d;
    }
    return negative ? -(double) v : v;
  }

  private static boolean wellFormed(CharSequence s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intDigits = 0;
    while (i < to && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fractionDigits = 0;
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (intDigits == 0 && fractionDigits == 0) {
      return false;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == to;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
