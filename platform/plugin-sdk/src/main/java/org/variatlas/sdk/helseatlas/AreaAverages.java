package org.variatlas.sdk.helseatlas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.synthetic.AgeSexProfile;
import org.variatlas.sdk.synthetic.SyntheticGenerator;

/**
 * The published yearly averages of a count per area, with the published yearly rates, as targets
 * for synthetic counts ({@link org.variatlas.sdk.synthetic.SyntheticGenerator#periodAverage}). The
 * national row is left out.
 */
public final class AreaAverages {

  /**
   * One area's published average.
   *
   * @param areaName the area's name as written
   * @param yearlyAverage the count per year, averaged over the period (e.g. {@code antsnitt})
   * @param yearlyRates the published rate of each year (e.g. {@code rate2022})
   * @param where the location of the average
   */
  public record AreaAverage(
      String areaName,
      double yearlyAverage,
      Map<Integer, Double> yearlyRates,
      SourceLocation where) {}

  private AreaAverages() {}

  /**
   * Writes synthetic counts whose period total per area equals each published average times the
   * period's years ({@link SyntheticGenerator#periodAverage}).
   *
   * @return the events written
   */
  public static long synthesise(
      SyntheticGenerator generator,
      String measureId,
      List<AreaAverage> averages,
      AgeSexProfile profile,
      LoadSink sink) {
    long written = 0;
    for (AreaAverage area : averages) {
      written +=
          generator.periodAverage(
              measureId,
              area.areaName(),
              area.yearlyAverage(),
              area.yearlyRates(),
              profile,
              area.where(),
              sink);
    }
    return written;
  }

  /**
   * Reads the averages of a table; rows with a bad value are reported and left out.
   *
   * @param averageColumn the column of the yearly average count
   * @param yearlyRateTemplate the yearly rate columns ({@code rate{year}}), or null
   * @param period the years the average is over
   */
  public static List<AreaAverage> read(
      ResultBoxFile.Dataset dataset,
      String averageColumn,
      String yearlyRateTemplate,
      Period period,
      LoadContext context) {
    List<AreaAverage> averages = new ArrayList<>();
    for (ResultBoxRow row : dataset.rows()) {
      try {
        String area = row.area();
        if (area.equals(dataset.nationalName())) {
          continue;
        }
        Map<Integer, Double> rates = new TreeMap<>();
        for (int year = period.from(); year <= period.to() && yearlyRateTemplate != null; year++) {
          rates.put(year, row.requireNumber(PublishedSeries.column(yearlyRateTemplate, year)));
        }
        double average = row.requireNumber(averageColumn);
        if (average < 0) {
          throw row.problem(averageColumn, "negative-count", "a count cannot be negative");
        }
        averages.add(new AreaAverage(area, average, rates, row.location(averageColumn)));
      } catch (SourceProblemException e) {
        context.problem(e.problem());
      }
    }
    return averages;
  }
}
