package org.variatlas.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.variatlas.engine.PeerVectors;

/** Runs the CLI in-process, as a shell would, and captures what it prints. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The output rows. */
  List<Map<String, String>> rows() {
    return PeerVectors.parse(out);
  }

  /** CSV text from peer rows, renaming columns: each mapping is {@code "cliColumn=peerColumn"}. */
  static String csv(List<Map<String, String>> rows, String... mappings) {
    StringBuilder text = new StringBuilder();
    text.append(Arrays.stream(mappings).map(m -> m.split("=")[0]).collect(Collectors.joining(",")))
        .append('\n');
    for (Map<String, String> row : rows) {
      text.append(
              Arrays.stream(mappings)
                  .map(m -> quoted(row.get(m.split("=")[1])))
                  .collect(Collectors.joining(",")))
          .append('\n');
    }
    return text.toString();
  }

  private static String quoted(String cell) {
    return cell.contains(",") ? '"' + cell + '"' : cell;
  }
}
