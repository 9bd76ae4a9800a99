package ${package};

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.io.CsvReader;
import org.variatlas.sdk.io.CsvRow;

/**
 * The example's sample figures, {@code src/main/resources/sample/${pluginId}.csv}, made up for the
 * template: per referral area (level {@code hf}) and for the region (level {@code rhf}) and year,
 * the operations, those within 48 hours and a published rate. Replace it by your source: a file in
 * the data directory ({@code context.resolve(...)}) or a registry extract loaded on the admin pages.
 */
final class ${classPrefix}Sample {

  static final String FILE = "sample/${pluginId}.csv";

  /** One row, with where it is for error messages. */
  record Row(
      String level,
      String area,
      int year,
      long operations,
      long within48h,
      double rate,
      SourceLocation where) {}

  private ${classPrefix}Sample() {}

  /** Every row of the file; a bad value stops the run with its file, line and column. */
  static List<Row> rows() {
    InputStream in = ${classPrefix}Sample.class.getClassLoader().getResourceAsStream(FILE);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(FILE + " is not in the jar"));
    }
    List<Row> rows = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(in, FILE, ',')) {
      csv.requireColumns("level", "area", "year", "operations", "within_48h", "rate");
      for (CsvRow row : csv) {
        long operations = count(row, "operations");
        long within48h = count(row, "within_48h");
        if (within48h > operations) {
          throw row.problem("within_48h", "more-than-all", "more operations within 48 h than all");
        }
        rows.add(
            new Row(
                row.require("level"),
                row.require("area"),
                row.getInt("year"),
                operations,
                within48h,
                row.requireDouble("rate"),
                row.location()));
      }
    }
    return rows;
  }

  private static long count(CsvRow row, String column) {
    double n = row.requireDouble(column);
    if (n < 0 || n != Math.rint(n)) {
      throw row.problem(column, "not-a-count", "a count must be a whole number of 0 or more");
    }
    return (long) n;
  }
}
