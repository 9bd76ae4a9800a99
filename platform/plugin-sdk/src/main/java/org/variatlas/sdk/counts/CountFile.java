package org.variatlas.sdk.counts;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.io.CsvReader;
import org.variatlas.sdk.io.CsvRow;

/**
 * Reads a count file: the format in which an editor loads a registry extract (NPR, KPR) into one
 * measure of a topic. UTF-8, comma-separated, a header row, optionally gzip-compressed ({@code
 * .csv.gz}):
 *
 * <pre>
 * base_unit,year,sex,age,events[,category]
 * 0301,2017,female,54,3
 * 030105,2017,male,7,1
 * </pre>
 *
 * <ul>
 *   <li>{@code base_unit}: kommune number (4 digits) or bydel number (6 digits), leading zeros kept
 *   <li>{@code year}: calendar year of the events
 *   <li>{@code sex}: {@code female} or {@code male} (also {@code f/m}, {@code k/m}, {@code 2/1})
 *   <li>{@code age}: age in whole years at the event, 0-105 (105 = 105 or older)
 *   <li>{@code events}: the count, a whole number of events or persons
 *   <li>{@code category}: the measure's category id (e.g. {@code public}), only for measures with
 *       categories
 * </ul>
 *
 * <p>The run's parameters say what to read: {@code file} (an absolute path, or a path relative to
 * the data directory) and {@code measure} (a measure id of the topic; when left out, the file name
 * without {@code .csv}/{@code .csv.gz}). Wrong columns stop the file; a bad value is reported with
 * its line and column and the reading goes on, so that one run lists every problem. Unknown base
 * units, negative or fractional counts and duplicate rows are checked by the platform.
 */
public final class CountFile {

  /** The columns every count file has, in this order. */
  public static final List<String> COLUMNS = List.of("base_unit", "year", "sex", "age", "events");

  /** The optional column of category ids. */
  public static final String CATEGORY = "category";

  /** The run parameter naming the file. */
  public static final String FILE_PARAMETER = "file";

  /** The run parameter naming the measure. */
  public static final String MEASURE_PARAMETER = "measure";

  private static final Pattern BASE_UNIT = Pattern.compile("\\d{4}|\\d{6}");
  private static final SourceLocation PARAMETERS = SourceLocation.file("(load parameters)");

  private CountFile() {}

  /**
   * Loads the file the run's parameters name into the measure they name.
   *
   * @param measures the topic's measures
   * @return the number of rows written
   * @throws SourceProblemException ({@code missing-parameter}, {@code unknown-measure}, {@code
   *     unreadable-file}, {@code wrong-columns})
   */
  public static long load(
      LoadContext context, LoadSink sink, Collection<MeasureDefinition> measures) {
    String file =
        context
            .parameter(FILE_PARAMETER)
            .filter(f -> !f.isBlank())
            .orElseThrow(
                () ->
                    new SourceProblemException(
                        PARAMETERS,
                        "missing-parameter",
                        "say which count file to load with the parameter '"
                            + FILE_PARAMETER
                            + "'"));
    boolean absolute = Path.of(file).isAbsolute();
    Path path = absolute ? Path.of(file) : context.resolve(file);
    String measure = measure(context, path, measures);
    // An uploaded file is named by its file name: problems never show a server's directories.
    return read(path, absolute ? path.getFileName().toString() : file, measure, context, sink);
  }

  /**
   * Reads one file into one measure.
   *
   * @param displayName the file's name in problem locations
   * @return the number of rows written
   */
  public static long read(
      Path path, String displayName, String measureId, LoadContext context, LoadSink sink) {
    long written = 0;
    try (CsvReader csv = CsvReader.open(path, displayName, ',')) {
      csv.requireExactColumns(COLUMNS, List.of(CATEGORY));
      boolean categories = csv.hasColumn(CATEGORY);
      for (CsvRow row : csv) {
        try {
          String baseUnit = row.require("base_unit");
          if (!BASE_UNIT.matcher(baseUnit).matches()) {
            throw row.problem(
                "base_unit",
                "bad-base-unit",
                "a base unit is a 4-digit kommune or 6-digit bydel number with its leading zeros");
          }
          int age = row.getInt("age");
          if (age < 0 || age > PopulationFilter.MAX_AGE) {
            throw row.problem("age", "age-out-of-range", "age must be 0-105 (105 = 105 or older)");
          }
          sink.count(
              measureId,
              baseUnit,
              row.getInt("year"),
              row.getSex("sex"),
              age,
              categories ? row.get(CATEGORY) : null,
              row.requireDouble("events"),
              row.location("events"));
          written++;
          if (written % 100_000 == 0) {
            context.progress("read " + written + " rows of " + displayName);
          }
        } catch (SourceProblemException e) {
          context.problem(e.problem());
        }
      }
    }
    return written;
  }

  private static String measure(
      LoadContext context, Path path, Collection<MeasureDefinition> measures) {
    Optional<String> given = context.parameter(MEASURE_PARAMETER).filter(m -> !m.isBlank());
    String measure =
        given.orElseGet(() -> path.getFileName().toString().replaceFirst("(\\.csv)?(\\.gz)?$", ""));
    if (measures.stream().noneMatch(m -> m.id().equals(measure))) {
      throw new SourceProblemException(
          PARAMETERS.at(MEASURE_PARAMETER, measure),
          "unknown-measure",
          (given.isPresent() ? "" : "no parameter 'measure', and the file name ")
              + "'"
              + measure
              + "' is not a measure of this topic; the measures are "
              + measures.stream().map(MeasureDefinition::id).collect(Collectors.joining(", ")));
    }
    return measure;
  }
}
