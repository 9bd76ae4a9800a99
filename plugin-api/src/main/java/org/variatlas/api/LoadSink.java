package org.variatlas.api;

import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * Where a {@link DataLoader} writes rows. Rows are staged; the platform validates them all and
 * applies them in one transaction when the loader returns without problems.
 */
public interface LoadSink {

  /**
   * One count of a measure (events or persons) for a base unit, year, sex and single-year age.
   *
   * @param measureId a {@link org.variatlas.api.model.MeasureDefinition#id()} of the topic
   * @param baseUnit kommune number ({@code 0301}) or bydel number ({@code 030105}) as a string with
   *     its leading zeros
   * @param year calendar year of the events
   * @param sex sex of the persons
   * @param age age in whole years at the event (0-105, 105 meaning 105 or older)
   * @param category the measure's category id (e.g. {@code public}), or {@code null} when the
   *     measure has no categories
   * @param count the number of events or persons; the platform rejects negative and non-integer
   *     values with the row's location, so pass what the source says
   * @param where the row's location in the source, for error messages
   */
  void count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where);

  /** One already published value of an indicator whose values are imported, not computed. */
  void published(PublishedValue value);
}
