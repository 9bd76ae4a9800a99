package org.variatlas.app.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
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
    Map<Path, String> files = new LinkedHashMap<>();
    GeographyPack.PopulationSources sources = pack.population();
    files.put(
        sources.kommune(),
        "kommunenummer text, year integer, sex text, age integer, population integer");
    files.put(
        sources.bydel(),
        "bydelsnummer text, kommunenummer text, year integer, sex text, age integer,"
            + " population integer");
    files.put(sources.national(), "year integer, sex text, age integer, population integer");
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    for (Path f : files.keySet()) {
      try (InputStream in =
          f.toString().endsWith(".gz")
              ? new GZIPInputStream(Files.newInputStream(f))
              : Files.newInputStream(f)) {
        bytes.put(f, in.readAllBytes());
      }
    }
    List<Long> loads = new ArrayList<>();
    List<Long> copies = new ArrayList<>();
    for (int i = 0; i < ROUNDS + 1; i++) {
      long copy = copy(files, bytes);
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

  private long copy(Map<Path, String> files, Map<Path, byte[]> bytes) throws Exception {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(false);
      long started = System.nanoTime();
      int n = 0;
      for (var f : files.entrySet()) {
        String table = "bench_copy_" + n++;
        try (Statement s = db.createStatement()) {
          s.execute("create table " + table + " (" + f.getValue() + ")");
        }
        db.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY " + table + " FROM STDIN (FORMAT csv, HEADER)",
                new ByteArrayInputStream(bytes.get(f.getKey())));
      }
      db.commit();
      long ms = (System.nanoTime() - started) / 1_000_000;
      try (Statement s = db.createStatement()) {
        for (int i = 0; i < n; i++) {
          s.execute("drop table bench_copy_" + i);
        }
      }
      db.commit();
      return ms;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
