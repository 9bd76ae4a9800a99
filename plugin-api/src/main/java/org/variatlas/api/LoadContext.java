package org.variatlas.api;

import java.nio.file.Path;
import java.util.Optional;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.SourceLocation;

/**
 * What the platform gives a {@link DataLoader} for one load run. Loaders get platform services
 * through this object, never through Spring or the database.
 */
public interface LoadContext {

  /**
   * The configured data directory (by default {@code ../shared/data} beside the checkout). Bundled
   * and published sources are read relative to it.
   */
  Path dataDirectory();

  /** {@code dataDirectory().resolve(relative)}, refusing paths that escape the data directory. */
  Path resolve(String relative);

  /** A parameter the editor gave this run (e.g. {@code file} for a count-file loader), or empty. */
  Optional<String> parameter(String name);

  /** Areas and base units of the installed geography pack. */
  Geography geography();

  /** Resident population by base unit, year, sex and single-year age. */
  Population population();

  /**
   * Records a problem with the source. The run goes on (so that all problems of a file are reported
   * at once) but will apply nothing.
   */
  void problem(LoadProblem problem);

  /** Shorthand for {@link #problem(LoadProblem)}. */
  default void problem(SourceLocation where, String rule, String message) {
    problem(new LoadProblem(where, rule, message));
  }

  /** Progress for the editor's view of a long run, e.g. "read 120 000 rows". */
  default void progress(String message) {}
}
