package org.variatlas.app.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;

/**
 * The baseline of the population load's benchmarks ({@code PopulationLoadBenchmark}, the e2e
 * module's {@code DataPathBenchmark}): PostgreSQL's {@code COPY} of the same three SSB files,
 * decompressed into memory beforehand, into plain tables created in one transaction, committed,
 * then dropped.
 */
public final class PopulationCopy {

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Reads the kommune, bydel and national files (gzip when their names end in .gz). */
  public PopulationCopy(Path kommune, Path bydel, Path national) throws IOException {
    files.put(
        "kommunenummer text, year integer, sex text, age integer, population integer",
        bytes(kommune));
    files.put(
        "bydelsnummer text, kommunenummer text, year integer, sex text, age integer,"
            + " population integer",
        bytes(bydel));
    files.put("year integer, sex text, age integer, population integer", bytes(national));
  }

  private static byte[] bytes(Path file) throws IOException {
    try (InputStream in =
        file.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
      return in.readAllBytes();
    }
  }

  /** COPYs the files once and returns the milliseconds from the first CREATE to the commit. */
  public long millis(Connection db) throws IOException, SQLException {
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    long started = System.nanoTime();
    int n = 0;
    for (var f : files.entrySet()) {
      String table = "bench_copy_" + n++;
      try (Statement s = db.createStatement()) {
        s.execute("create table " + table + " (" + f.getKey() + ")");
      }
      db.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " FROM STDIN (FORMAT csv, HEADER)",
              new ByteArrayInputStream(f.getValue()));
    }
    db.commit();
    long ms = (System.nanoTime() - started) / 1_000_000;
    try (Statement s = db.createStatement()) {
      for (int i = 0; i < n; i++) {
        s.execute("drop table bench_copy_" + i);
      }
    }
    db.commit();
    db.setAutoCommit(autoCommit);
    return ms;
  }
}
