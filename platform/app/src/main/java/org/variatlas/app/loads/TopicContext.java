package org.variatlas.app.loads;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.variatlas.api.Geography;
import org.variatlas.api.LoadContext;
import org.variatlas.api.Population;
import org.variatlas.api.model.LoadProblem;

/** What a topic's loader gets from the platform during a run. */
final class TopicContext implements LoadContext {

  private final LoadRun run;
  private final Map<String, String> parameters;
  private final Geography geography;
  private final Population population;
  private final Consumer<LoadProblem> problems;

  /**
   * @param problems where the loader's own problems go (in their place among its rows)
   */
  TopicContext(
      LoadRun run,
      Map<String, String> parameters,
      Geography geography,
      Population population,
      Consumer<LoadProblem> problems) {
    this.run = run;
    this.problems = problems;
    this.parameters = parameters;
    this.geography = geography;
    this.population = population;
  }

  @Override
  public Path dataDirectory() {
    return run.dataDirectory();
  }

  @Override
  public Path resolve(String relative) {
    Path resolved = run.dataDirectory().resolve(relative).normalize();
    if (!resolved.startsWith(run.dataDirectory())) {
      throw new IllegalArgumentException("'" + relative + "' lies outside the data directory");
    }
    run.source(resolved);
    return resolved;
  }

  @Override
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  @Override
  public Geography geography() {
    return geography;
  }

  @Override
  public Population population() {
    return population;
  }

  @Override
  public void problem(LoadProblem problem) {
    problems.accept(problem);
  }

  @Override
  public void progress(String message) {
    run.progress(message);
  }
}
