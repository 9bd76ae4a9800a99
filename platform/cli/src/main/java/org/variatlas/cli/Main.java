package org.variatlas.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' command line: {@code variatlas-engine COMMAND [options] [--in FILE]} (the launcher
 * in {@code platform/cli/bin}; {@code java -jar variatlas-engine-cli.jar} runs it too). Reads CSV
 * (stdin without --in), writes CSV to stdout; on bad input prints a located message to stderr and
 * exits non-zero (1 bad data, 2 bad command line).
 */
public final class Main {

  private static final String USAGE =
      """
      usage: variatlas-engine COMMAND [options] [--in FILE]
             (or: java -jar variatlas-engine-cli.jar COMMAND [options] [--in FILE])

      commands (input columns -> output columns):
        crude --multiplier M
            group,events,population -> group,events,population,value,lower95,upper95,lower998,upper998,method
        proportion --multiplier M
            group,numerator,denominator -> as crude
        dsr --multiplier M [--ci dobson|fay-feuer] [--min-events N] [--non-independent]
            group,stratum,events,population,standard_population
            (--non-independent: group,stratum,event_frequency,persons,population,standard_population)
        isr (--multiplier M | --ref-value V) [--as ratio|rate] [--observed FILE]
            group,stratum,events,population,ref_events,ref_population -> group,observed,expected,value,...
        funnel proportion|ratio|rate [--multiplier M] [--rate-type dsr|crude] [--years Y] [--limits]
            group,numerator,denominator | group,observed,expected | group,events,rate[,denominator]
        variation [--per-group]
            group,observed,expected[,population] -> statistic,value | group,ratio,eb_ratio
        breaks [--classes K] [--method kmeans|jenks|quantile]
            group,value -> class,lower,upper

      CSV: header row, ',' separator, '.' decimals, empty cell = missing.
      """;

  private Main() {}

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the CLI without exiting (for tests and embedding).
   *
   * @return 0 on success, 1 on bad input data, 2 on a bad command line
   */
  public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    if (args.length == 0) {
      stderr.print(USAGE);
      return CliException.USAGE;
    }
    if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      stdout.print(USAGE);
      return 0;
    }
    Command command = commands().get(args[0]);
    if (command == null) {
      stderr.println("variatlas-engine: unknown command '" + args[0] + "'");
      stderr.print(USAGE);
      return CliException.USAGE;
    }
    try {
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      Arguments arguments =
          Arguments.parse(args[0], rest, command.valuedOptions(), command.flags());
      CsvOutput out = new CsvOutput(stdout);
      command.run(arguments, new Inputs(stdin, arguments.value("in")), out);
      out.flush();
      return 0;
    } catch (CliException e) {
      // Commands read and check all input before writing their first row.
      stderr.println("variatlas-engine: " + e.getMessage());
      return e.exitCode();
    } catch (UncheckedIOException e) {
      stderr.println("variatlas-engine: cannot write output: " + e.getMessage());
      return CliException.BAD_INPUT;
    }
  }

  private static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    commands.put("crude", RateCommands.crude());
    commands.put("proportion", RateCommands.proportion());
    commands.put("dsr", new DsrCommand());
    commands.put("isr", new IsrCommand());
    commands.put("funnel", new FunnelCommand());
    commands.put("variation", new VariationCommand());
    commands.put("breaks", new BreaksCommand());
    return commands;
  }
}
