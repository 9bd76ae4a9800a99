package org.variatlas.plugin.childhealth;

import org.pf4j.Extension;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.helseatlas.AreaAverages;
import org.variatlas.api.helseatlas.ResultBoxFile;
import org.variatlas.api.helseatlas.ResultBoxRow;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.api.synthetic.AgeSexProfile;
import org.variatlas.api.synthetic.SyntheticGenerator;

/**
 * Generates synthetic counts on the platform's population of children 0-18 that reproduce the
 * published period totals per referral area (yearly average {@code antsnitt} x 3 years, rounded)
 * for admissions and for epilepsy and diabetes consultations.
 *
 * <p>The period total is split over 2022-2024 in proportion to the published yearly adjusted rate
 * times the area's population that year, and each year's total over the area's base units, sexes
 * and ages in proportion to persons x the age profile. The profile is the atlas' own age
 * distribution of the patients (girls and boys by single-year age, the box's line chart) divided by
 * the national population of the same ages; it assumes that the events per patient do not vary with
 * age. Deterministic: the same counts on every run.
 */
@Extension
public class ChildHealthSyntheticLoader implements DataLoader {

  @Override
  public String id() {
    return "synthetic-counts";
  }

  @Override
  public String topicId() {
    return ChildHealthTopic.ID;
  }

  @Override
  public LocalizedText title() {
    return ChildHealthTopic.messages().text(ChildHealthTopic.ID + ".loader.synthetic");
  }

  /** Demonstration counts: a registry extract loaded for a measure replaces them. */
  @Override
  public boolean synthetic() {
    return true;
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    SyntheticGenerator generator =
        new SyntheticGenerator(
            context,
            ChildHealthCatalogue.AREAS,
            ChildHealthCatalogue.PERIOD,
            ChildHealthCatalogue.CHILDREN);
    for (ChildHealthSynthetic synthetic : ChildHealthSynthetic.ALL) {
      String path = ChildHealthCatalogue.DIRECTORY + "/" + synthetic.file();
      ResultBoxFile box = ResultBoxFile.read(context.resolve(path), path);
      AgeSexProfile profile =
          generator.profileFromCounts(ageDistribution(box.dataset(synthetic.ageDataset())));
      AreaAverages.synthesise(
          generator,
          synthetic.measureId(),
          AreaAverages.read(
              box.dataset("datasett_1"),
              ChildHealthSynthetic.AVERAGE,
              ChildHealthSynthetic.YEARLY_RATE,
              ChildHealthCatalogue.PERIOD,
              context),
          profile,
          sink);
      context.progress("generated " + synthetic.measureId());
    }
  }

  /**
   * Children by sex and single-year age from a line-chart table ({@code alder}, {@code jenter},
   * {@code gutter}); an empty cell counts as none.
   *
   * @throws SourceProblemException for an age outside 0-105 or a value that is not a number
   */
  static double[][] ageDistribution(ResultBoxFile.Dataset table) {
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
