package org.variatlas.app.areas;

/**
 * A base unit of the pack: a kommune, a bydel, or the residual unit of a city split into bydeler
 * (residents whose bydel is unknown, e.g. {@code 030199}).
 *
 * @param code the unit's number with leading zeros ({@code 0301xx}, {@code 3401})
 * @param kind what it is
 * @param kommune the kommune it lies in (itself for a kommune)
 * @param name its name as the polygon file (or the residual pattern) writes it
 */
public record BaseUnit(String code, Kind kind, String kommune, String name) {

  /** What a base unit is. */
  public enum Kind {
    KOMMUNE,
    BYDEL,
    /** Residents of a split city whose bydel is unknown; has population but no polygon. */
    RESIDUAL
  }
}
