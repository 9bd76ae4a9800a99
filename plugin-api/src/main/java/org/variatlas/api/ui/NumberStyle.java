package org.variatlas.api.ui;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How numbers look in one UI language: {@code 1 234,5} in Norwegian (non-breaking space grouping,
 * decimal comma), {@code 1,234.5} in English. The kit's charts receive the separators, so that
 * tooltips and axes drawn in the browser read like the tables drawn on the server.
 *
 * @param locale the formatting locale (Norwegian for nb and nn)
 * @param decimalSeparator e.g. {@code ,}
 * @param groupingSeparator e.g. U+00A0 (no-break space)
 */
public record NumberStyle(Locale locale, char decimalSeparator, char groupingSeparator) {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

  /** The style of a UI language: nb and nn share Norwegian symbols, en uses British ones. */
  public static NumberStyle of(Locale uiLocale) {
    Locale locale = uiLocale != null && "en".equals(uiLocale.getLanguage()) ? Locale.UK : NORWEGIAN;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char grouping = symbols.getGroupingSeparator();
    // Some JDKs give Norwegian a narrow no-break space; one plain no-break space renders in
    // every font the charts use.
    if (Character.isSpaceChar(grouping)) {
      grouping = '\u00a0';
    }
    return new NumberStyle(locale, symbols.getDecimalSeparator(), grouping);
  }

  /** The value with exactly {@code decimals} decimals and grouping; "" for null or NaN. */
  public String format(Double value, int decimals) {
    if (value == null || !Double.isFinite(value)) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    // ROOT gives ',' grouping and '.' decimals: swap in this style's symbols in one pass.
    String root = format.format(value);
    StringBuilder out = new StringBuilder(root.length());
    for (int i = 0; i < root.length(); i++) {
      char c = root.charAt(i);
      out.append(c == ',' ? groupingSeparator : c == '.' ? decimalSeparator : c);
    }
    return out.toString().replace('-', '\u2212');
  }

  /**
   * Decimals that suit values up to {@code largest} in magnitude: 0 from 100 (rates per 100 000), 1
   * from 10, 2 below (ratios, small rates). Helseatlas prints its rates without decimals.
   */
  public static int decimalsFor(double largest) {
    double a = Math.abs(largest);
    return a >= 100 ? 0 : a >= 10 ? 1 : 2;
  }

  /** The range label of a map class or legend entry, e.g. {@code 170–184}. */
  public String range(double from, double to, int decimals) {
    return format(from, decimals) + "\u2013" + format(to, decimals);
  }

  /** The separators as the browser modules read them. */
  void write(JsonWriter json) {
    json.name("numbers")
        .beginObject()
        .field("decimal", String.valueOf(decimalSeparator))
        .field("group", String.valueOf(groupingSeparator))
        .field("minus", "\u2212")
        .endObject();
  }
}
