package org.variatlas.app.population;

import org.springframework.boot.test.context.TestComponent;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunner;

/** Loads the real population once per test database and remembers how long it took. */
@TestComponent
public class PopulationFixture {

  private final GeographyPack pack;
  private final PopulationRepository repository;
  private final LoadRunner runner;
  private long loadMillis;

  public PopulationFixture(GeographyPack pack, PopulationRepository repository, LoadRunner runner) {
    this.pack = pack;
    this.repository = repository;
    this.runner = runner;
  }

  /** Runs the population load unless the database has it. */
  public synchronized void ensureLoaded() {
    if (repository.rowCount() > 0) {
      return;
    }
    long started = System.nanoTime();
    LoadRunRecord run = runner.run(new PopulationLoad(pack, pack.population(), repository));
    loadMillis = (System.nanoTime() - started) / 1_000_000;
    if (!run.applied()) {
      throw new AssertionError("the population load failed: " + run.message());
    }
    System.out.printf(
        "Population load: %d rows read, %d applied in %d ms%n",
        run.rowsRead(), run.rowsAccepted(), loadMillis);
  }

  public long loadMillis() {
    return loadMillis;
  }

  public PopulationRepository repository() {
    return repository;
  }
}
