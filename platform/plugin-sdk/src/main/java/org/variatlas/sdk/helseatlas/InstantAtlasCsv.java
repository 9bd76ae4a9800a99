package org.variatlas.sdk.helseatlas;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.variatlas.api.LoadContext;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.io.CsvReader;
import org.variatlas.sdk.io.CsvRow;

/**
 * Reads the long-format CSV exports of the InstantAtlas-era Helseatlas reports (2015-2021, e.g.
 * {@code legacy_instantatlas/dagkir2.csv}, published in the MIT-licensed {@code Helseatlas/data}
 * repository): {@code ;}-separated, one row per indicator x area (x sub-level), with {@code area}
 * (an atlas-specific number; 8888 is the national row), {@code area_name}, {@code level1} and
 * {@code level1_name} (the indicator), optional {@code level2}/{@code level3} (sub-indicator or
 * year, with {@code _name}), {@code value}, {@code numerator}, {@code denominator} and optional
 * limits ({@code lci/uci} or {@code ll/ul}).
 *
 * <p>Structural problems (unreadable file, missing columns) stop the read; a bad value is reported
 * with its line and column through {@link LoadContext#problem} and its row is skipped.
 */
public final class InstantAtlasCsv {

  private static final char DELIMITER = ';';

  private InstantAtlasCsv() {}

  /**
   * One row.
   *
   * @param level1 the indicator number, e.g. {@code 1}
   * @param level1Name the indicator name, e.g. {@code Skulderkirurgi (Acromion)}
   * @param level2Name the second level's name (the year in {@code dagkir2.csv}), or null
   * @param level3Name the third level's name, or null
   * @param areaId the atlas' own area number ({@code 8888} = national)
   * @param areaName the area's name as written ({@code St. Olavs}, {@code Norge})
   * @param value the published value
   * @param numerator events or persons, or null
   * @param denominator population, or null
   * @param lower lower confidence limit, or null
   * @param upper upper confidence limit, or null
   * @param where the row's line, at the {@code value} column
   */
  public record Row(
      String level1,
      String level1Name,
      String level2Name,
      String level3Name,
      String areaId,
      String areaName,
      double value,
      Double numerator,
      Double denominator,
      Double lower,
      Double upper,
      SourceLocation where) {

    /** Whether this is the national row (area {@code 8888}). */
    public boolean isNational() {
      return "8888".equals(areaId);
    }

    /**
     * The second level as a year.
     *
     * @throws SourceProblemException ({@code not-a-year}) when it is not one
     */
    public int year() {
      try {
        return Integer.parseInt(level2Name == null ? "" : level2Name.trim());
      } catch (NumberFormatException e) {
        throw new SourceProblemException(
            new SourceLocation(where.file(), where.line(), "level2_name", level2Name),
            "not-a-year",
            "the second level is not a year");
      }
    }
  }

  /**
   * Reads a file row by row.
   *
   * @param file the file
   * @param displayName its name in problem locations
   * @param context where row problems are reported
   * @param rows receives every row read without problems, in file order
   * @throws SourceProblemException ({@code unreadable-file}, {@code wrong-columns}, ...) for a file
   *     that cannot be read as a whole
   */
  public static void read(Path file, String displayName, LoadContext context, Consumer<Row> rows) {
    try (CsvReader csv = CsvReader.open(file, displayName, DELIMITER)) {
      csv.requireColumns("area", "area_name", "level1", "level1_name", "value");
      String lower = csv.hasColumn("lci") ? "lci" : csv.hasColumn("ll") ? "ll" : null;
      String upper = csv.hasColumn("uci") ? "uci" : csv.hasColumn("ul") ? "ul" : null;
      for (CsvRow row : csv) {
        try {
          rows.accept(
              new Row(
                  row.require("level1"),
                  row.require("level1_name"),
                  optional(csv, row, "level2_name"),
                  optional(csv, row, "level3_name"),
                  row.require("area"),
                  row.require("area_name"),
                  row.requireDouble("value"),
                  number(csv, row, "numerator"),
                  number(csv, row, "denominator"),
                  number(csv, row, lower),
                  number(csv, row, upper),
                  row.location("value")));
        } catch (SourceProblemException e) {
          context.problem(e.problem());
        }
      }
    }
  }

  private static String optional(CsvReader csv, CsvRow row, String column) {
    return csv.hasColumn(column) ? row.get(column) : null;
  }

  private static Double number(CsvReader csv, CsvRow row, String column) {
    return column != null && csv.hasColumn(column) ? row.getDouble(column) : null;
  }
}
