package org.variatlas.api.model;

/**
 * A part of a measure shown as a stacked segment, e.g. {@code public} and {@code private}
 * providers. The parts of a measure add up to its total.
 */
public record Category(String id, LocalizedText label) {

  public Category {
    Ids.requireKebab(id, "category id");
    if (label == null) {
      throw new IllegalArgumentException("category " + id + " needs a label");
    }
  }
}
