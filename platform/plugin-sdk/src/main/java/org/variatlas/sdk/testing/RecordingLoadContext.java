package org.variatlas.sdk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.Geography;
import org.variatlas.api.LoadContext;
import org.variatlas.api.Population;
import org.variatlas.api.model.LoadProblem;

/** A load context over a data directory, an in-memory geography and population; keeps problems. */
public final class RecordingLoadContext implements LoadContext {

  private final Path dataDirectory;
  private final Geography geography;
  private final Population population;
  private final Map<String, String> parameters = new HashMap<>();
  private final List<LoadProblem> problems = new ArrayList<>();

  public RecordingLoadContext(Path dataDirectory, Geography geography, Population population) {
    this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    this.geography = geography;
    this.population = population;
  }

  /** Sets a run parameter. */
  public RecordingLoadContext parameter(String name, String value) {
    parameters.put(name, value);
    return this;
  }

  @Override
  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public Path resolve(String relative) {
    Path path = dataDirectory.resolve(relative).normalize();
    if (!path.startsWith(dataDirectory)) {
      throw new IllegalArgumentException("path escapes the data directory: " + relative);
    }
    return path;
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
    problems.add(problem);
  }

  /** The problems reported so far. */
  public List<LoadProblem> problems() {
    return List.copyOf(problems);
  }
}
