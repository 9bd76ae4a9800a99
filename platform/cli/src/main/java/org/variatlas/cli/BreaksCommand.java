package org.variatlas.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.classify.Classifier;

/**
 * {@code breaks --classes K --method kmeans|jenks|quantile}: in group,value (missing values are
 * left out); out class,lower,upper. Defaults: 4 classes, k-means (Helseatlas).
 */
final class BreaksCommand implements Command {

  @Override
  public Set<String> valuedOptions() {
    return Set.of("classes", "method");
  }

  @Override
  public Set<String> flags() {
    return Set.of();
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    int classes = args.positiveInteger("classes", 4);
    BreakMethod method =
        BreakMethod.valueOf(
            args.choice("method", List.of("kmeans", "jenks", "quantile"), "kmeans")
                .toUpperCase(Locale.ROOT));
    CsvTable table = inputs.main();
    RowGroups.unique(table, table.column("group"));
    int column = table.column("value");
    double[] values = new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      values[row] = table.number(row, column, Rule.ANY);
    }
    ClassBreaks breaks = Classifier.breaks(values, classes, method);
    out.row("class", "lower", "upper");
    for (int c = 1; c <= breaks.classes(); c++) {
      out.row(c, breaks.lower(c), breaks.upper(c));
    }
  }
}
