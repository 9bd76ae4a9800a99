package org.variatlas.cli;

import java.util.Set;

/** One CLI command: the options it takes and what it does. */
interface Command {

  /** Options that take a value, besides {@code --in}. */
  Set<String> valuedOptions();

  /** Options that take no value. */
  Set<String> flags();

  /** Runs the command; bad input throws with a located message. */
  void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException;
}
