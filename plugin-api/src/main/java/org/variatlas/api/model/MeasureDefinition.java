package org.variatlas.api.model;

import java.util.List;

/**
 * A count a loader delivers by base unit x year x sex x age (x category): events (contacts,
 * procedures) or persons (patients, counted once per period).
 */
public record MeasureDefinition(
    String id, LocalizedText title, Kind kind, List<Category> categories) {

  /** What one unit of the count is. */
  public enum Kind {
    EVENTS,
    PERSONS
  }

  public MeasureDefinition {
    Ids.requireKebab(id, "measure id");
    if (title == null || kind == null) {
      throw new IllegalArgumentException("measure " + id + " needs a title and a kind");
    }
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public static MeasureDefinition events(String id, LocalizedText title) {
    return new MeasureDefinition(id, title, Kind.EVENTS, List.of());
  }

  public static MeasureDefinition persons(String id, LocalizedText title) {
    return new MeasureDefinition(id, title, Kind.PERSONS, List.of());
  }

  public MeasureDefinition withCategories(List<Category> categories) {
    return new MeasureDefinition(id, title, kind, categories);
  }
}
