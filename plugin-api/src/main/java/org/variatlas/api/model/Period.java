package org.variatlas.api.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A calendar year or a span of years, inclusive. A span's results are Helseatlas period averages:
 * events and population averaged over the years, then standardised.
 */
public record Period(int from, int to) implements Comparable<Period> {

  public Period {
    if (from > to) {
      throw new IllegalArgumentException("period starts after it ends: " + from + "-" + to);
    }
  }

  public static Period year(int year) {
    return new Period(year, year);
  }

  public static Period of(int from, int to) {
    return new Period(from, to);
  }

  /**
   * Parses {@code 2022} or {@code 2022-2024} (also with an en dash).
   *
   * @throws IllegalArgumentException when the text is neither
   */
  public static Period parse(String text) {
    String t = text.trim().replace('\u2013', '-');
    try {
      int dash = t.indexOf('-', 1);
      if (dash < 0) {
        return year(Integer.parseInt(t));
      }
      return of(
          Integer.parseInt(t.substring(0, dash).trim()),
          Integer.parseInt(t.substring(dash + 1).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a year or period: '" + text + "'", e);
    }
  }

  public boolean isSingleYear() {
    return from == to;
  }

  public int years() {
    return to - from + 1;
  }

  /**
   * This period followed by each of its years, e.g. {@code 2022-2024, 2022, 2023, 2024}: the
   * periods of an indicator whose default is a period average with yearly values.
   */
  public List<Period> withYears() {
    List<Period> periods = new ArrayList<>();
    periods.add(this);
    if (!isSingleYear()) {
      for (int year = from; year <= to; year++) {
        periods.add(year(year));
      }
    }
    return List.copyOf(periods);
  }

  public boolean contains(int year) {
    return year >= from && year <= to;
  }

  /** {@code 2022} or {@code 2022-2024}; the inverse of {@link #parse}. */
  @Override
  public String toString() {
    return isSingleYear() ? Integer.toString(from) : from + "-" + to;
  }

  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(from, o.from);
    return c != 0 ? c : Integer.compare(to, o.to);
  }
}
