package org.variatlas.sdk.helseatlas;

import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.sdk.synthetic.SyntheticCountsLoader;
import org.variatlas.sdk.synthetic.SyntheticGenerator;

/**
 * Writes the synthetic counts of a {@link ResultBoxTopic}'s mirrors ({@link SyntheticMirror}): for
 * each, the published period total per area (the yearly average times the years, rounded) split
 * over the years in proportion to the published yearly rate times the area's population, and each
 * year's total over the area's base units, sexes and ages in proportion to persons times the
 * profile. Deterministic: the same counts on every run.
 */
public abstract class ResultBoxSyntheticLoader extends SyntheticCountsLoader {

  private final ResultBoxTopic topic;
  private final String directory;
  private final String level;
  private final Period period;
  private final PopulationFilter population;

  /**
   * @param topic the topic whose mirrors it writes
   * @param directory the atlas' data directory, relative to the data directory
   * @param level the area level of the averages (e.g. {@code hf})
   * @param period the years the averages are over
   * @param population the residents the counts are spread over
   */
  protected ResultBoxSyntheticLoader(
      ResultBoxTopic topic,
      String directory,
      String level,
      Period period,
      PopulationFilter population) {
    super(topic);
    this.topic = topic;
    this.directory = directory;
    this.level = level;
    this.period = period;
    this.population = population;
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    SyntheticGenerator generator = new SyntheticGenerator(context, level, period, population);
    for (SyntheticMirror mirror : topic.synthetic()) {
      String path = directory + "/" + mirror.file();
      ResultBoxFile box = ResultBoxFile.read(context.resolve(path), path);
      AreaAverages.synthesise(
          generator,
          mirror.measureId(),
          AreaAverages.read(
              box.dataset(mirror.dataset()),
              mirror.averageColumn(),
              mirror.yearlyRateColumns(),
              period,
              context),
          mirror.profile(box, generator),
          sink);
      context.progress("generated " + mirror.measureId());
    }
  }
}
