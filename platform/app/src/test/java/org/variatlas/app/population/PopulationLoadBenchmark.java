package org.variatlas.app.population;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.variatlas.app.SharedApp;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunner;

/**
 * The population load against {@code COPY} of the same files (decompressed, from memory) into plain
 * tables, interleaved in one app (not a test; a quicker A/B than {@code DataPathBenchmark}, which
 * measures the same from the outside):
 *
 * <pre>
 * mvn -B verify -pl platform/app -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=PopulationLoadBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
class PopulationLoadBenchmark extends SharedApp {

  private static final int ROUNDS = Integer.getInteger("rounds", 5);

  @Autowired GeographyPack pack;
  @Autowired PopulationRepository repository;
  @Autowired LoadRunner runner;
  @Autowired DataSource dataSource;

  @Test
  void population_load_against_copy() throws Exception {
    GeographyPack.PopulationSources sources = pack.population();
    PopulationCopy baseline =
        new PopulationCopy(sources.kommune(), sources.bydel(), sources.national());
    List<Long> loads = new ArrayList<>();
    List<Long> copies = new ArrayList<>();
    for (int i = 0; i < ROUNDS + 1; i++) {
      long copy;
      try (Connection db = dataSource.getConnection()) {
        copy = baseline.millis(db);
      }
      long started = System.nanoTime();
      LoadRunRecord run = runner.run(new PopulationLoad(pack, sources, repository));
      long load = (System.nanoTime() - started) / 1_000_000;
      if (!run.applied()) {
        throw new AssertionError(run.message());
      }
      System.out.printf("round %d: load %d ms, COPY %d ms%n", i, load, copy);
      if (i > 0) { // the first round warms up
        loads.add(load);
        copies.add(copy);
      }
    }
    long load = median(loads);
    long copy = median(copies);
    System.out.printf(
        "%nPopulation load (median of %d) %d ms, COPY %d ms: %.0f %% of COPY's rows/s%n%n",
        ROUNDS, load, copy, 100.0 * copy / load);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
