package org.variatlas.cli;

import java.util.List;
import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.funnel.PoissonFunnel.RateType;
import org.variatlas.engine.funnel.ProportionFunnel;
import org.variatlas.engine.funnel.ProportionFunnelLimits;
import org.variatlas.engine.funnel.RateFunnelLimits;
import org.variatlas.engine.funnel.RatioFunnelLimits;

/**
 * {@code funnel proportion|ratio|rate [--multiplier M] [--rate-type dsr|crude] [--years Y]
 * [--limits]}: significance of each group, or with --limits the 100-point limit curves.
 */
final class FunnelCommand implements Command {

  private static final List<String> KINDS = List.of("proportion", "ratio", "rate");

  @Override
  public Set<String> valuedOptions() {
    return Set.of("multiplier", "rate-type", "years");
  }

  @Override
  public Set<String> flags() {
    return Set.of("limits");
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    List<String> kind = args.positional();
    if (kind.size() != 1 || !KINDS.contains(kind.get(0))) {
      throw CliException.usage(
          "command 'funnel' needs one of proportion|ratio|rate, got " + String.join(" ", kind));
    }
    switch (kind.get(0)) {
      case "proportion" -> proportion(args, inputs.main(), out);
      case "ratio" -> ratio(args, inputs.main(), out);
      default -> rate(args, inputs.main(), out);
    }
  }

  private static void proportion(Arguments args, CsvTable table, CsvOutput out)
      throws CliException {
    double multiplier = args.number("multiplier", 100, Rule.POSITIVE);
    RowGroups groups = RowGroups.unique(table, table.column("group"));
    int num = table.column("numerator");
    int den = table.column("denominator");
    double[] numerator = new double[table.size()];
    double[] denominator = new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      numerator[row] = table.requiredNumber(row, num, Rule.NON_NEGATIVE);
      denominator[row] = table.requiredNumber(row, den, Rule.POSITIVE);
      if (numerator[row] > denominator[row]) {
        throw table.cellError(
            row,
            num,
            table.text(row, num),
            "numerator must not exceed the denominator (" + table.text(row, den) + ")");
      }
    }
    if (args.flag("limits")) {
      ProportionFunnelLimits limits = ProportionFunnel.limits(numerator, denominator, multiplier);
      out.row("population", "lower95", "upper95", "lower998", "upper998", "baseline");
      for (int j = 0; j < limits.population().length; j++) {
        out.row(
            limits.population()[j],
            limits.lower95()[j],
            limits.upper95()[j],
            limits.lower998()[j],
            limits.upper998()[j],
            limits.baseline());
      }
      return;
    }
    double[] value = new double[numerator.length];
    for (int g = 0; g < value.length; g++) {
      value[g] = numerator[g] / denominator[g] * multiplier;
    }
    writeSignificance(out, groups, value, ProportionFunnel.significance(numerator, denominator));
  }

  private static void ratio(Arguments args, CsvTable table, CsvOutput out) throws CliException {
    double multiplier = args.number("multiplier", 1, Rule.POSITIVE);
    RowGroups groups = RowGroups.unique(table, table.column("group"));
    int obs = table.column("observed");
    int exp = table.column("expected");
    double[] observed = new double[table.size()];
    double[] expected = new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      observed[row] = table.requiredNumber(row, obs, Rule.NON_NEGATIVE);
      expected[row] = table.requiredNumber(row, exp, Rule.POSITIVE);
    }
    if (args.flag("limits")) {
      RatioFunnelLimits limits = PoissonFunnel.ratioLimits(expected);
      out.row(
          "observed",
          "lower95_expected",
          "upper95_expected",
          "lower998_expected",
          "upper998_expected");
      for (int j = 0; j < limits.observed().length; j++) {
        out.row(
            limits.observed()[j],
            limits.lower95Expected()[j],
            limits.upper95Expected()[j],
            limits.lower998Expected()[j],
            limits.upper998Expected()[j]);
      }
      return;
    }
    double[] value = new double[observed.length];
    for (int g = 0; g < value.length; g++) {
      value[g] = observed[g] / expected[g] * multiplier;
    }
    writeSignificance(out, groups, value, PoissonFunnel.ratioSignificance(observed, expected));
  }

  private static void rate(Arguments args, CsvTable table, CsvOutput out) throws CliException {
    double multiplier = args.requiredPositiveNumber("multiplier");
    RateType type =
        args.choice("rate-type", List.of("dsr", "crude"), null).equals("dsr")
            ? RateType.DSR
            : RateType.CRUDE;
    double years = args.number("years", 1, Rule.POSITIVE);
    RowGroups groups = RowGroups.unique(table, table.column("group"));
    int ev = table.column("events");
    int rt = table.column("rate");
    int den = table.optionalColumn("denominator");
    double[] events = new double[table.size()];
    double[] rate = new double[table.size()];
    double[] denominator = den < 0 ? null : new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      events[row] = table.requiredNumber(row, ev, Rule.NON_NEGATIVE);
      if (den >= 0) {
        denominator[row] = table.number(row, den, Rule.POSITIVE);
      }
      if (events[row] > 0) {
        rate[row] = table.requiredNumber(row, rt, Rule.POSITIVE);
      } else {
        rate[row] = table.number(row, rt, Rule.NON_NEGATIVE);
        if (type == RateType.CRUDE && (denominator == null || Double.isNaN(denominator[row]))) {
          throw table.cellError(
              row, ev, table.text(row, ev), "a crude rate with 0 events needs a denominator");
        }
      }
    }
    double[] derived =
        PoissonFunnel.derivedDenominators(events, rate, denominator, type, multiplier);
    if (args.flag("limits")) {
      writeLimits(out, PoissonFunnel.rateLimits(events, derived, multiplier, years));
      return;
    }
    writeSignificance(out, groups, rate, PoissonFunnel.rateSignificance(events, derived, type));
  }

  /** The rate funnel's limit curves, one row per point of its event axis. */
  private static void writeLimits(CsvOutput out, RateFunnelLimits limits) {
    out.row(
        "events",
        "lower95_population",
        "lower95_rate",
        "upper95_population",
        "upper95_rate",
        "lower998_population",
        "lower998_rate",
        "upper998_population",
        "upper998_rate",
        "baseline");
    for (int j = 0; j < limits.events().length; j++) {
      out.row(
          limits.events()[j],
          limits.lower95Population()[j],
          limits.lower95Rate()[j],
          limits.upper95Population()[j],
          limits.upper95Rate()[j],
          limits.lower998Population()[j],
          limits.lower998Rate()[j],
          limits.upper998Population()[j],
          limits.upper998Rate()[j],
          limits.baseline());
    }
  }

  private static void writeSignificance(
      CsvOutput out, RowGroups groups, double[] value, FunnelSignificance[] significance) {
    out.row("group", "value", "significance");
    for (int g = 0; g < value.length; g++) {
      out.row(groups.names().get(g), value[g], significance[g].label());
    }
  }
}
