package org.variatlas.cli;

import java.nio.charset.StandardCharsets;

/**
 * Decimal text for doubles that reads back to exactly the same double, without JDK 17's slow {@code
 * Double.toString} (its big-integer path costs about a microsecond a number; the CLI writes
 * hundreds of thousands). Plain notation ({@code 1234.5678}, {@code 0.00012}), no exponent; the
 * nearest decimal of 15 digits (trailing zeros dropped) or else of 16 digits where it reads back
 * exactly, else of 17 digits (which always does). Whole numbers below 10^15 print without a decimal
 * point, NaN and infinities as the empty text; outside {@code 1e-5 <= |v| < 1e15} {@code
 * Double.toString} is used.
 *
 * <p>Why it is exact: {@code |v| * 10^k} in [10^16, 10^17) (with {@code 10^k} a double, {@code k <=
 * 22}) is {@code hi + lo} exactly ({@link Math#fma} gives the product's rounding error), so its
 * nearest integer is exact, and 17 digits are within half a gap between doubles. A 15-digit
 * candidate is checked by Clinger's fast path (an integer below 2^53 divided by a power of ten up
 * to 10^22 is one correctly rounded operation: it reads back exactly when that quotient equals
 * {@code v}); a 16-digit one by its exact distance from {@code hi + lo} against half the gap.
 */
final class DecimalText {

  private static final double[] POWERS = new double[23];
  private static final long[] TENS = new long[19];

  /** The longest text written (a sign, 17 digits, a point and zeros, or Java's exponent form). */
  static final int MAX_LENGTH = 32;

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  private DecimalText() {}

  /** The text of {@code v}; empty for NaN or infinite. */
  static String of(double v) {
    byte[] text = new byte[MAX_LENGTH];
    return new String(text, 0, write(v, text, 0), StandardCharsets.US_ASCII);
  }

  /**
   * Writes the text of {@code v} (ASCII) into {@code out} from {@code pos}, which must have {@link
   * #MAX_LENGTH} bytes free; nothing for NaN or infinite.
   *
   * @return the position after the text
   */
  static int write(double v, byte[] out, int pos) {
    if (!Double.isFinite(v)) {
      return pos;
    }
    double a = Math.abs(v);
    if (v == Math.rint(v) && a < 1e15) {
      return digits((long) v, 0, out, pos);
    }
    if (a < 1e-5 || a >= 1e15) {
      return ascii(Double.toString(v), out, pos);
    }
    // k with a * 10^k in [10^16, 10^17): floor(log10(a)) estimated from the binary exponent
    // (log10(2) ~ 78913 / 2^18; one too low at most), then corrected.
    int k = Math.min(16 - ((Math.getExponent(a) * 78913) >> 18), POWERS.length - 1);
    double hi = a * POWERS[k];
    if (hi >= 1e17) {
      k--;
      hi = a * POWERS[k];
    }
    if (hi < 1e16 || k < 2) {
      return ascii(Double.toString(v), out, pos);
    }
    long whole = (long) hi;
    double lo = Math.fma(a, POWERS[k], -hi); // a * 10^k == whole + lo exactly
    long fifteen = (whole + Math.round(lo) + 50) / 100;
    if (fifteen / POWERS[k - 2] == a) {
      return digits(v < 0 ? -fifteen : fifteen, k - 2, out, pos);
    }
    long sixteen = nearestTenth(whole, lo);
    if (k <= 21 && readsBack(sixteen * 10 - whole, lo, a, k)) {
      return digits(v < 0 ? -sixteen : sixteen, k - 1, out, pos);
    }
    long seventeen = whole + Math.round(lo);
    return digits(v < 0 ? -seventeen : seventeen, k, out, pos);
  }

  /** The integer nearest to {@code (whole + lo) / 10}, for |lo| <= 8. */
  private static long nearestTenth(long whole, double lo) {
    long tenth = whole / 10;
    double rest = (whole - tenth * 10) + lo; // exact: a few integer bits above lo's
    return tenth + (rest >= 15 ? 2 : rest >= 5 ? 1 : rest < -5 ? -1 : 0);
  }

  /**
   * Whether a decimal that lies {@code offset - lo} from {@code a * 10^k} (in units of 10^-k;
   * {@code a * 10^k == whole + lo}, {@code offset} = the decimal's digits - {@code whole}) reads
   * back as {@code a}: whether it is within half the gap to the neighbouring double on its side (a
   * tie goes to the even one). Exact for k <= 21: the difference and the half gap (a power of two
   * times 10^k) are doubles without rounding.
   */
  private static boolean readsBack(long offset, double lo, double a, int k) {
    double difference = offset - lo;
    double halfGap = Math.ulp(a) * POWERS[k] / 2;
    long bits = Double.doubleToRawLongBits(a);
    if (difference < 0 && (bits & 0xFFFFFFFFFFFFFL) == 0) {
      halfGap /= 2; // a power of two: the double below is nearer
    }
    double distance = Math.abs(difference);
    return distance < halfGap || (distance == halfGap && (bits & 1) == 0);
  }

  /**
   * {@code n * 10^-exponent} (exponent >= 0) in plain notation, no trailing zeros after a point.
   */
  private static int digits(long n, int exponent, byte[] out, int pos) {
    if (n < 0) {
      out[pos++] = '-';
      n = -n;
    }
    while (exponent > 0 && n % 10 == 0) {
      n /= 10;
      exponent--;
    }
    int count = 1;
    while (count < TENS.length && n >= TENS[count]) {
      count++;
    }
    int point = count - exponent; // digits before the decimal point
    if (point <= 0) {
      out[pos++] = '0';
      out[pos++] = '.';
      for (int i = point; i < 0; i++) {
        out[pos++] = '0';
      }
      return write(n, out, pos + count);
    }
    int end = write(n, out, pos + count);
    if (exponent == 0) {
      return end;
    }
    System.arraycopy(out, pos + point, out, pos + point + 1, exponent);
    out[pos + point] = '.';
    return end + 1;
  }

  /**
   * Writes the digits of {@code n} >= 0 to end at {@code end}, two at a time, dividing by a
   * multiplication where it can (the quick compiler divides longs slowly).
   */
  private static int write(long n, byte[] out, int end) {
    int i = end;
    while (n >= 100_000_000L) {
      long high = n / 100_000_000L;
      int low = (int) (n - high * 100_000_000L);
      for (int pair = 0; pair < 4; pair++) {
        int q = hundredth(low);
        i = pair(low - q * 100, out, i);
        low = q;
      }
      n = high;
    }
    int m = (int) n;
    while (m >= 100) {
      int q = hundredth(m);
      i = pair(m - q * 100, out, i);
      m = q;
    }
    if (m >= 10) {
      pair(m, out, i);
    } else {
      out[i - 1] = (byte) ('0' + m);
    }
    return end;
  }

  /** {@code m / 100} for 0 <= m < 2^31 (the unsigned 32-bit magic number). */
  private static int hundredth(int m) {
    return (int) ((m * 1374389535L) >>> 37);
  }

  private static int pair(int twoDigits, byte[] out, int i) {
    out[i - 1] = (byte) ('0' + twoDigits % 10);
    out[i - 2] = (byte) ('0' + twoDigits / 10);
    return i - 2;
  }

  private static int ascii(String text, byte[] out, int pos) {
    for (int i = 0; i < text.length(); i++) {
      out[pos++] = (byte) text.charAt(i);
    }
    return pos;
  }
}
