package org.variatlas.api;

import java.util.List;
import org.pf4j.ExtensionPoint;
import org.variatlas.api.model.LoaderParameter;
import org.variatlas.api.model.LocalizedText;

/**
 * Reads one source (a file, a directory of published results, a generator) and writes rows through
 * the {@link LoadSink} the platform provides.
 *
 * <p>A loader never touches the database. The platform stages everything it writes, validates every
 * row (unknown area or base-unit code, bad year, negative or non-integer count, duplicate key, ...)
 * and applies all of it in one transaction, or nothing when any problem was found. A loader reports
 * the problems it finds itself (malformed file, unknown column) through {@link
 * LoadContext#problem}; it may also throw {@link org.variatlas.api.io.SourceProblemException},
 * which aborts the run with that located problem.
 *
 * <p>Loading the same source twice must give the same rows: the platform replaces what a loader
 * wrote before with what it writes now, so re-runs are idempotent.
 */
public interface DataLoader extends ExtensionPoint {

  /** Id unique within the topic, in kebab case, e.g. {@code published-results}. */
  String id();

  /** The {@link AtlasTopic#id()} this loader feeds. */
  String topicId();

  /** What this loader reads, for the editor's load page. */
  LocalizedText title();

  /**
   * Whether the platform runs this loader on its own when the plugin is installed (or changed) and
   * its data is not yet loaded. Loaders of bundled or published data say yes; a loader that needs
   * an editor to point it at a registry extract says no.
   */
  default boolean loadOnInstall() {
    return true;
  }

  /**
   * The parameters an editor gives when running this loader by hand (e.g. the file of a registry
   * extract); the platform asks for them on its load page. None by default.
   *
   * <p>A run of a loader without parameters replaces everything the loader delivered before (it
   * reads its whole source each time). A run of a loader with parameters delivers a part (one file,
   * one measure): it replaces the loader's earlier counts of the measures, and published values of
   * the indicators, that it delivers, and keeps the rest.
   */
  default List<LoaderParameter> parameters() {
    return List.of();
  }

  /**
   * Whether this loader makes synthetic demonstration counts (e.g. real published totals spread
   * over a plausible age and sex profile) rather than reading real ones. Real counts supersede
   * them, measure by measure: when another loader of the topic delivers counts of a measure this
   * loader fed, the platform removes this loader's counts of that measure in the same run, and this
   * loader's later runs leave that measure alone. The views mark an indicator as synthetic only
   * while its counts come from such loaders. False by default.
   */
  default boolean synthetic() {
    return false;
  }

  /**
   * Reads the source and writes its rows.
   *
   * @param context the data directory, the parameters the editor gave, geography and population
   *     lookups, and problem reporting
   * @param sink where rows go; nothing written here is visible until the whole run validates
   * @throws Exception any failure; the run is recorded as failed with the message and nothing is
   *     applied
   */
  void load(LoadContext context, LoadSink sink) throws Exception;
}
