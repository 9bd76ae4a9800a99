package org.variatlas.app.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as people read them in each language: {@code 1 234,5} in Norwegian (non-breaking space
 * grouping, decimal comma), {@code 1,234.5} in English.
 */
public final class Formats {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

  private Formats() {}

  /** A number with a fixed count of decimals; empty string for null. */
  public static String number(Double value, int decimals, Locale locale) {
    if (value == null || value.isNaN()) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(formatLocale(locale));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    return format.format(value);
  }

  /** The number with as many decimals as suit its size: 3 below 10, 1 below 1000, else 0. */
  public static String auto(Double value, Locale locale) {
    if (value == null || value.isNaN()) {
      return "";
    }
    double a = Math.abs(value);
    int decimals = a == 0 ? 0 : a < 10 ? 2 : a < 1000 ? 1 : 0;
    return number(value, decimals, locale);
  }

  /** A date written out: {@code 27. november 2026}, {@code 27 November 2026}. */
  public static String date(java.time.LocalDate date, Locale locale) {
    java.time.format.DateTimeFormatter f =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
            .withLocale(formatLocale(locale));
    return date.format(f);
  }

  /** The locale whose number symbols a UI language uses (nn shares Bokmål's). */
  public static Locale formatLocale(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? Locale.UK : NORWEGIAN;
  }
}
