package org.variatlas.app.loads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.SourceLocation;

/**
 * The state of one run while it executes: its problems (all counted, the first {@link
 * #MAX_STORED_PROBLEMS} kept), row counts, the sources it read, and progress. A {@link LoadJob}
 * reports into it; the {@link LoadRunner} records it.
 */
public final class LoadRun {

  /** Problems beyond this many are counted but not stored (one bad column can fail every row). */
  public static final int MAX_STORED_PROBLEMS = 10_000;

  private final long id;
  private final Path dataDirectory;
  private final List<LoadProblem> problems = new ArrayList<>();
  private final Set<String> sources = new LinkedHashSet<>();
  private final Consumer<String> progress;
  private int problemCount;
  private long rowsRead;
  private long rowsAccepted;
  private long rowsRejected;
  private String extraFingerprint = "";
  private final List<String> notes = new ArrayList<>();
  private final long started = System.nanoTime();

  LoadRun(long id, Path dataDirectory, Consumer<String> progress) {
    this.id = id;
    this.dataDirectory = dataDirectory;
    this.progress = progress;
  }

  public long id() {
    return id;
  }

  /** The time since the run began (the runner creates it as it starts the run). */
  public long elapsedNanos() {
    return System.nanoTime() - started;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Records a problem; the run goes on but applies nothing. */
  public synchronized void problem(LoadProblem problem) {
    problemCount++;
    if (problems.size() < MAX_STORED_PROBLEMS) {
      problems.add(problem);
    }
  }

  public void problem(SourceLocation where, String rule, String message) {
    problem(new LoadProblem(where, rule, message));
  }

  public synchronized boolean hasProblems() {
    return problemCount > 0;
  }

  public synchronized int problemCount() {
    return problemCount;
  }

  public synchronized List<LoadProblem> problems() {
    return List.copyOf(problems);
  }

  /** A data row was read from a source. */
  public void read() {
    rowsRead++;
  }

  /** A row passed validation (it is staged). */
  public void accepted() {
    rowsAccepted++;
  }

  /** A row failed validation (its problem is recorded). */
  public void rejected() {
    rowsRejected++;
  }

  /** A staged row turned out bad after all (a duplicate key found once everything is read). */
  public void rejectedAfterStaging(long rows) {
    rowsAccepted -= rows;
    rowsRejected += rows;
  }

  /**
   * Staged rows that are deliberately not applied, with why (e.g. synthetic counts of a measure
   * that has real ones); the reason goes into the run's message.
   */
  public synchronized void leftOut(long rows, String why) {
    rowsAccepted -= rows;
    notes.add(why);
  }

  /** Something the run did besides applying its rows, for the run's message. */
  public synchronized void note(String note) {
    notes.add(note);
  }

  /** The {@link #note notes}, in order. */
  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long rowsAccepted() {
    return rowsAccepted;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  /** Progress for the editor ("read 120 000 rows"). */
  public void progress(String message) {
    progress.accept(message);
  }

  /** Notes a file or directory the run reads, for its record and its fingerprint. */
  public void source(Path path) {
    Path p = path.toAbsolutePath().normalize();
    sources.add(
        p.startsWith(dataDirectory) ? dataDirectory.relativize(p).toString() : p.toString());
  }

  /** The sources read, relative to the data directory where they lie in it. */
  public List<String> sources() {
    return List.copyOf(sources);
  }

  /** Adds something besides the sources' content to the fingerprint (plugin version, pack). */
  public void fingerprintAlso(String text) {
    extraFingerprint += text + "\n";
  }

  /** A hash of every source's content (and of what {@link #fingerprintAlso} added). */
  public String fingerprint() {
    return fingerprint(dataDirectory, sources(), extraFingerprint);
  }

  /**
   * The fingerprint a run over these sources would have now: it changes when a file's content
   * changes. A directory counts with all its files.
   */
  public static String fingerprint(Path dataDirectory, List<String> sources, String extra) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(extra.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (String source : sources) {
        digest.update(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path path = dataDirectory.resolve(source);
        List<Path> files;
        if (Files.isDirectory(path)) {
          try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
          }
        } else {
          files = Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        for (Path file : files) {
          digest.update(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return "unreadable:" + e.getMessage();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
