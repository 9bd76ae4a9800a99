package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A value per calendar year, stored as ranges: which area a base unit belongs to in each year.
 * Later {@link #put}s override earlier ones for their years. Years are open at both ends ({@link
 * #MIN_YEAR}, {@link #MAX_YEAR}).
 */
final class YearRanges {

  static final int MIN_YEAR = 0;
  static final int MAX_YEAR = 9999;

  /** A stretch of years with one value; {@code value} null means "none". */
  record Range(int from, int to, String value) {}

  // start year -> value from that year on (null = none); always has MIN_YEAR.
  private final TreeMap<Integer, String> starts = new TreeMap<>(Map.of(MIN_YEAR, ""));

  /** Sets the value of the years {@code from..to} (null bounds are open). */
  void put(Integer from, Integer to, String value) {
    int f = from == null ? MIN_YEAR : from;
    int t = to == null ? MAX_YEAR : to;
    if (f > t) {
      throw new IllegalArgumentException("years " + f + ".." + t + " are empty");
    }
    if (t < MAX_YEAR) {
      starts.put(t + 1, starts.floorEntry(t + 1).getValue());
    }
    starts.subMap(f, true, t, true).clear();
    starts.put(f, value == null ? "" : value);
    compact();
  }

  /** The value in a year, or null. */
  String get(int year) {
    String v = starts.floorEntry(Math.max(MIN_YEAR, year)).getValue();
    return v.isEmpty() ? null : v;
  }

  /** The ranges with a value, in year order. */
  List<Range> ranges() {
    List<Range> out = new ArrayList<>();
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(starts.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      String v = entries.get(i).getValue();
      if (!v.isEmpty()) {
        int end = i + 1 < entries.size() ? entries.get(i + 1).getKey() - 1 : MAX_YEAR;
        out.add(new Range(entries.get(i).getKey(), end, v));
      }
    }
    return out;
  }

  /** The same ranges with each value passed through {@code map} (null = none). */
  YearRanges map(java.util.function.UnaryOperator<String> map) {
    YearRanges copy = new YearRanges();
    for (Range r : ranges()) {
      copy.put(r.from(), r.to(), map.apply(r.value()));
    }
    return copy;
  }

  private void compact() {
    String previous = null;
    var it = starts.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (previous != null && Objects.equals(previous, e.getValue())) {
        it.remove();
      } else {
        previous = e.getValue();
      }
    }
  }

  static YearRanges always(String value) {
    YearRanges r = new YearRanges();
    r.put(null, null, value);
    return r;
  }
}
