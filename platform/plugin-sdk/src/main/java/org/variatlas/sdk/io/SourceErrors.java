package org.variatlas.sdk.io;

import java.util.Collection;
import java.util.List;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/** The problems the readers of this package report in the same words. */
final class SourceErrors {

  private SourceErrors() {}

  /** {@code unreadable-file}: the file could not be opened or read. */
  static SourceProblemException unreadable(String displayName, Exception cause) {
    return new SourceProblemException(
        SourceLocation.file(displayName),
        "unreadable-file",
        "cannot read the file: " + cause.getMessage(),
        cause);
  }

  /** {@code malformed-csv} at a line: what FastCSV could not tokenise. */
  static SourceProblemException malformed(String displayName, long line, RuntimeException e) {
    String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    return new SourceProblemException(
        SourceLocation.line(displayName, line),
        "malformed-csv",
        "the file is not valid CSV: " + detail,
        e);
  }

  /** {@code wrong-columns} on the header line: required columns it lacks. */
  static SourceProblemException missingColumns(
      String displayName, Collection<String> missing, Collection<String> header) {
    return new SourceProblemException(
        SourceLocation.line(displayName, 1),
        "wrong-columns",
        "missing column(s) " + missing + "; the header has " + header);
  }

  /** {@code wrong-columns} on the header line: columns no one asked for. */
  static SourceProblemException unexpectedColumns(
      String displayName,
      Collection<String> unexpected,
      List<String> required,
      List<String> optional) {
    return new SourceProblemException(
        SourceLocation.line(displayName, 1),
        "wrong-columns",
        "unexpected column(s) "
            + unexpected
            + "; expected "
            + required
            + (optional.isEmpty() ? "" : " and optionally " + optional));
  }
}
