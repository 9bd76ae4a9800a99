package org.variatlas.cli;

/**
 * A problem the user can act on: bad input data (exit code 1) or a bad command line (exit code 2).
 * The message says where and what: file, line, column, value and the rule broken.
 */
final class CliException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Exit code for bad input data. */
  static final int BAD_INPUT = 1;

  /** Exit code for a bad command line. */
  static final int USAGE = 2;

  private final int exitCode;

  private CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A bad command line (unknown option, missing value...). */
  static CliException usage(String message) {
    return new CliException(message, USAGE);
  }

  /** A bad cell: {@code source:line: column 'c', value 'v': rule}. */
  static CliException cell(String source, int line, String column, String value, String rule) {
    return new CliException(
        source + ":" + line + ": column '" + column + "', value '" + value + "': " + rule,
        BAD_INPUT);
  }

  /** A problem with a whole line or the header: {@code source:line: message}. */
  static CliException line(String source, int line, String message) {
    return new CliException(source + ":" + line + ": " + message, BAD_INPUT);
  }

  /** A problem with a file as a whole. */
  static CliException file(String source, String message) {
    return new CliException(source + ": " + message, BAD_INPUT);
  }

  int exitCode() {
    return exitCode;
  }
}
