package org.variatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the CSV inputs: the main one ({@code --in FILE}, else standard input) and others. */
final class Inputs {

  private final InputStream stdin;
  private final String inPath;

  Inputs(InputStream stdin, String inPath) {
    this.stdin = stdin;
    this.inPath = inPath;
  }

  /** The main input table. */
  CsvTable main() throws CliException {
    if (inPath == null) {
      return CsvTable.read(stdin, "<stdin>");
    }
    return file(inPath);
  }

  /** The main input's bytes, read whole (to be read by a fast path and, if need be, again). */
  byte[] mainBytes() throws CliException {
    if (inPath == null) {
      try {
        return stdin.readAllBytes();
      } catch (IOException e) {
        throw CliException.file("<stdin>", "cannot be read: " + e.getMessage());
      }
    }
    try {
      return Files.readAllBytes(Path.of(inPath));
    } catch (NoSuchFileException e) {
      throw CliException.file(inPath, "no such file");
    } catch (IOException e) {
      throw CliException.file(inPath, "cannot be read: " + e.getMessage());
    }
  }

  /** The main input table from its bytes (see {@link #mainBytes()}). */
  CsvTable table(byte[] mainBytes) throws CliException {
    return CsvTable.read(
        new java.io.ByteArrayInputStream(mainBytes), inPath == null ? "<stdin>" : inPath);
  }

  /** A named input table. */
  CsvTable file(String path) throws CliException {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return CsvTable.read(in, path);
    } catch (NoSuchFileException e) {
      throw CliException.file(path, "no such file");
    } catch (IOException e) {
      throw CliException.file(path, "cannot be read: " + e.getMessage());
    }
  }
}
