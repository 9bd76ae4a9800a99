package org.variatlas.sdk.helseatlas;

import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.sdk.synthetic.AgeSexProfile;
import org.variatlas.sdk.synthetic.SyntheticGenerator;
import org.variatlas.sdk.topic.Topic;

/**
 * A computed indicator on synthetic counts that mirrors a published one of a Helseatlas result box:
 * the box's yearly average count per area (e.g. {@code antsnitt}) and yearly rates (e.g. {@code
 * rate{year}}) are the targets, spread over base units, sexes and ages by an age and sex profile —
 * one given as an assumption, or the box's own age distribution (a table with {@code alder}, {@code
 * jenter}, {@code gutter}). {@link ResultBoxSyntheticLoader} writes the counts; {@link
 * ResultBoxTopic} lists the indicator right after the one it mirrors.
 *
 * <p>Texts: the title is {@code <topic>.indicator.<indicator id>}, the measure's title {@code
 * <topic>.measure.<measure id>}, the description the paragraphs {@code <topic>.<profile key>} and
 * {@code <topic>.synthetic.method}; the source is {@code <topic>.source.synthetic}.
 *
 * @param indicatorId the computed indicator
 * @param publishedId the published indicator it mirrors
 * @param measureId the measure the counts go to
 * @param kind events or persons
 * @param file the result-box file
 * @param dataset the table with the averages and yearly rates
 * @param averageColumn the column of the yearly average count
 * @param yearlyRateColumns the yearly rate columns, {@code {year}} standing for the year
 * @param profile the age and sex profile, or null to read it from {@code ageDataset}
 * @param ageDataset the table of the age distribution, or null when {@code profile} is given
 * @param profileKey the key (after the topic id) of the text saying where the profile comes from
 */
public record SyntheticMirror(
    String indicatorId,
    String publishedId,
    String measureId,
    MeasureDefinition.Kind kind,
    String file,
    String dataset,
    String averageColumn,
    String yearlyRateColumns,
    AgeSexProfile profile,
    String ageDataset,
    String profileKey) {

  public SyntheticMirror {
    if ((profile == null) == (ageDataset == null)) {
      throw new IllegalArgumentException(
          indicatorId + ": give either a profile or the table of an age distribution");
    }
  }

  /** The measure of the counts. */
  public MeasureDefinition measure(Topic topic) {
    return new MeasureDefinition(measureId, topic.text("measure." + measureId), kind, List.of());
  }

  /** The computed indicator, with the unit, selection and scope of the published one. */
  public IndicatorDefinition definition(IndicatorDefinition published, Topic topic) {
    return IndicatorDefinition.computedLike(published, indicatorId, measureId)
        .title(topic.text("indicator." + indicatorId))
        .description(topic.paragraphs(profileKey, "synthetic.method"))
        .source(topic.text("source.synthetic"))
        .categories(List.of())
        .synthetic(true)
        .build();
  }

  /** The profile: the one given, or the age distribution of the box's table. */
  AgeSexProfile profile(ResultBoxFile box, SyntheticGenerator generator) {
    return profile != null
        ? profile
        : generator.profileFromCounts(ageDistribution(box.dataset(ageDataset)));
  }

  /**
   * Persons by sex and single-year age from a line-chart table ({@code alder}, {@code jenter},
   * {@code gutter}); an empty cell counts as none.
   *
   * @throws org.variatlas.api.io.SourceProblemException for an age outside 0-105 or a value that is
   *     not a number
   */
  public static double[][] ageDistribution(ResultBoxFile.Dataset table) {
    double[][] counts = new double[Sex.values().length][PopulationFilter.MAX_AGE + 1];
    for (ResultBoxRow row : table.rows()) {
      double age = row.requireNumber("alder");
      if (age != Math.rint(age) || age < 0 || age > PopulationFilter.MAX_AGE) {
        throw row.problem("alder", "bad-age", "an age must be a whole number 0-105");
      }
      counts[Sex.FEMALE.ordinal()][(int) age] += count(row, "jenter");
      counts[Sex.MALE.ordinal()][(int) age] += count(row, "gutter");
    }
    return counts;
  }

  private static double count(ResultBoxRow row, String column) {
    Double n = row.number(column);
    if (n != null && n < 0) {
      throw row.problem(column, "negative-count", "a count cannot be negative");
    }
    return n == null ? 0 : n;
  }
}
