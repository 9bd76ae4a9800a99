package org.variatlas.app.areas;

/**
 * The geography pack cannot be used: its file or a data file it names is missing, malformed or
 * inconsistent. The message names the file and, where known, the line or key.
 */
public class PackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PackException(String message) {
    super(message);
  }

  public PackException(String message, Throwable cause) {
    super(message, cause);
  }
}
