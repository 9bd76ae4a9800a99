package org.variatlas.app.loads;

import org.variatlas.api.model.SourceLocation;

/**
 * A published value as stored: its area matched to a code of the pack, the national total under
 * level {@code national}, category {@code ""} for the total.
 */
public record PublishedRow(
    String indicatorId,
    String level,
    String areaCode,
    int periodFrom,
    int periodTo,
    String category,
    Double value,
    Double numerator,
    Double denominator,
    Double lower95,
    Double upper95,
    SourceLocation where) {

  /** The key a value is unique by within a topic. */
  String key() {
    return String.join("|", indicatorId, level, areaCode, periodFrom + "-" + periodTo, category);
  }

  /** Whether two rows carry the same figures (a national row repeated by several levels). */
  boolean sameFigures(PublishedRow o) {
    return java.util.Objects.equals(value, o.value)
        && java.util.Objects.equals(numerator, o.numerator)
        && java.util.Objects.equals(denominator, o.denominator)
        && java.util.Objects.equals(lower95, o.lower95)
        && java.util.Objects.equals(upper95, o.upper95);
  }
}
