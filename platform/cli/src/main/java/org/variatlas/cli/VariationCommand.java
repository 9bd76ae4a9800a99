package org.variatlas.cli;

import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.variation.EmpiricalBayes;
import org.variatlas.engine.variation.PoissonGammaFit;
import org.variatlas.engine.variation.VariationStatistics;

/**
 * {@code variation [--per-group]}: in group,observed,expected[,population]; out statistic,value, or
 * with --per-group group,ratio,eb_ratio (Poisson–Gamma EB).
 */
final class VariationCommand implements Command {

  @Override
  public Set<String> valuedOptions() {
    return Set.of();
  }

  @Override
  public Set<String> flags() {
    return Set.of("per-group");
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    CsvTable table = inputs.main();
    RowGroups groups = RowGroups.unique(table, table.column("group"));
    int obs = table.column("observed");
    int exp = table.column("expected");
    int pop = table.optionalColumn("population");
    double[] observed = new double[table.size()];
    double[] expected = new double[table.size()];
    double[] population = pop < 0 ? null : new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      observed[row] = table.requiredNumber(row, obs, Rule.NON_NEGATIVE);
      expected[row] = table.requiredNumber(row, exp, Rule.POSITIVE);
      if (pop >= 0) {
        population[row] = table.requiredNumber(row, pop, Rule.POSITIVE);
      }
    }
    double[] ratios = VariationStatistics.ratios(observed, expected);
    if (args.flag("per-group")) {
      PoissonGammaFit fit = EmpiricalBayes.poissonGamma(observed, expected);
      out.row("group", "ratio", "eb_ratio");
      for (int g = 0; g < ratios.length; g++) {
        out.row(groups.names().get(g), ratios[g], fit.shrunkRatios()[g]);
      }
      return;
    }
    VariationStatistics s = VariationStatistics.of(ratios, observed, expected, population);
    out.row("statistic", "value");
    out.row("ft1", s.ft1());
    out.row("ft2", s.ft2());
    out.row("ft3", s.ft3());
    out.row("eq_95_5", s.eq95to5());
    out.row("eq_80_20", s.eq80to20());
    out.row("cv", s.cv());
    out.row("cv_weighted", s.cvWeighted());
    out.row("scv", s.scv());
    out.row("scv_log", s.scvLog());
    out.row("eb_alpha", s.ebAlpha());
  }
}
