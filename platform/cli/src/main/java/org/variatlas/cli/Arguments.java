package org.variatlas.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;

/**
 * A command's arguments, parsed by hand: {@code --name value}, {@code --name=value}, {@code
 * --flag}, and positional words. Every command also takes {@code --in FILE}.
 */
final class Arguments {

  private final String command;
  private final Map<String, String> values;
  private final Set<String> flags;
  private final List<String> positional;

  private Arguments(
      String command, Map<String, String> values, Set<String> flags, List<String> positional) {
    this.command = command;
    this.values = values;
    this.flags = flags;
    this.positional = positional;
  }

  /**
   * Parses {@code args} (the words after the command name).
   *
   * @param valued the options that take a value (besides {@code --in})
   * @param flagNames the options that take none
   */
  static Arguments parse(
      String command, List<String> args, Set<String> valued, Set<String> flagNames)
      throws CliException {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (flagNames.contains(name)) {
        if (eq >= 0) {
          throw CliException.usage("option --" + name + " of '" + command + "' takes no value");
        }
        if (!flags.add(name)) {
          throw CliException.usage("option --" + name + " is given twice");
        }
      } else if (valued.contains(name) || name.equals("in")) {
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw CliException.usage("option --" + name + " needs a value");
        }
        if (values.put(name, value) != null) {
          throw CliException.usage("option --" + name + " is given twice");
        }
      } else {
        throw CliException.usage("unknown option --" + name + " for command '" + command + "'");
      }
    }
    return new Arguments(command, values, flags, positional);
  }

  String command() {
    return command;
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** The option's value, or null. */
  String value(String name) {
    return values.get(name);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  List<String> positional() {
    return positional;
  }

  /** A required option's value. */
  String required(String name) throws CliException {
    String value = values.get(name);
    if (value == null) {
      throw CliException.usage("command '" + command + "' requires --" + name);
    }
    return value;
  }

  /** A required positive finite number option. */
  double requiredPositiveNumber(String name) throws CliException {
    required(name);
    return number(name, Double.NaN, Rule.POSITIVE);
  }

  /** A finite number option meeting {@code rule}, or the default when absent. */
  double number(String name, double absent, Rule rule) throws CliException {
    String value = values.get(name);
    if (value == null) {
      return absent;
    }
    double v = parseNumber(name, value);
    if (!rule.accepts(v)) {
      throw CliException.usage("option --" + name + " " + rule.text() + ", was '" + value + "'");
    }
    return v;
  }

  /** A positive whole number option, or the default when absent. */
  int positiveInteger(String name, int absent) throws CliException {
    String value = values.get(name);
    if (value == null) {
      return absent;
    }
    try {
      int v = Integer.parseInt(value.trim());
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the rule
    }
    throw CliException.usage(
        "option --" + name + " must be a whole number >= 1, was '" + value + "'");
  }

  /** One of the allowed words, or the default when absent. */
  String choice(String name, List<String> allowed, String absent) throws CliException {
    String value = values.get(name);
    if (value == null) {
      if (absent == null) {
        throw CliException.usage(
            "command '" + command + "' requires --" + name + " " + String.join("|", allowed));
      }
      return absent;
    }
    if (!allowed.contains(value)) {
      throw CliException.usage(
          "option --"
              + name
              + " must be one of "
              + String.join("|", allowed)
              + ", was '"
              + value
              + "'");
    }
    return value;
  }

  private static double parseNumber(String name, String value) throws CliException {
    try {
      return org.variatlas.sdk.io.Numbers.parse(value.trim());
    } catch (NumberFormatException e) {
      // reported below
    }
    throw CliException.usage("option --" + name + " must be a number, was '" + value + "'");
  }
}
