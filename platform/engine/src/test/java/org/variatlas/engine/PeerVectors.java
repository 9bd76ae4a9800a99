package org.variatlas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shared peer test vectors ({@code shared/data/peer-vectors}), read at run time. The data
 * directory comes from the system property {@code variatlas.data-dir} (set by Surefire from the
 * root pom), else {@code ../../../shared/data} relative to the module directory.
 */
public final class PeerVectors {

  /** README tolerance for rates, proportions, DSR and ISR. */
  public static final double RATE_TOLERANCE = 1e-9;

  /** README tolerance (absolute, percentage points) for proportion funnels. */
  public static final double PROPORTION_FUNNEL_TOLERANCE = 1e-6;

  /** README tolerance (relative) for ratio and rate funnel limits. */
  public static final double POISSON_FUNNEL_TOLERANCE = 1e-4;

  // A comma outside double quotes.
  private static final Pattern FIELD_SEPARATOR =
      Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

  private PeerVectors() {}

  /** The data directory ({@code shared/data}). */
  public static Path dataDir() {
    String property = System.getProperty("variatlas.data-dir");
    if (property != null && !property.isBlank() && !property.contains("${")) {
      Path dir = Path.of(property);
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    return Path.of("../../../shared/data");
  }

  /** A file of the peer vectors. */
  public static Path file(String name) {
    Path path = dataDir().resolve("peer-vectors").resolve(name);
    assertThat(path).as("peer vector file (set -Dvariatlas.data-dir)").isRegularFile();
    return path;
  }

  /** The rows of a peer vector file, each a map from column to text (quotes removed). */
  public static List<Map<String, String>> rows(String name) {
    return parse(text(name));
  }

  /** The rows of CSV text with a header, each a map from column to text (quotes removed). */
  public static List<Map<String, String>> parse(String csv) {
    List<String> lines = csv.lines().toList();
    String[] header = fields(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = fields(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /** The text of a whole peer vector file. */
  public static String text(String name) {
    try {
      return Files.readString(file(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] fields(String line) {
    String[] cells = FIELD_SEPARATOR.split(line, -1);
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].trim();
      cells[i] = c.length() >= 2 && c.startsWith("\"") ? c.substring(1, c.length() - 1) : c;
    }
    return cells;
  }

  /** One numeric column of peer rows. */
  public static double[] column(List<Map<String, String>> rows, String name) {
    return rows.stream().mapToDouble(r -> number(r, name)).toArray();
  }

  /** A numeric cell; NaN when empty. */
  public static double number(Map<String, String> row, String column) {
    String text = row.get(column);
    assertThat(text).as("column " + column + " in " + row).isNotNull();
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  /** Asserts {@code actual} is within relative {@code tolerance} of the expected, or both NaN. */
  public static void assertRelative(double actual, double expected, double tolerance, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + " should be NA").isNaN();
    } else {
      assertThat(actual)
          .as(what)
          .isCloseTo(expected, within(tolerance * Math.max(Math.abs(expected), 1e-300)));
    }
  }

  /** Asserts {@code actual} is within absolute {@code tolerance} of the expected, or both NaN. */
  public static void assertAbsolute(double actual, double expected, double tolerance, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + " should be NA").isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
    }
  }
}
