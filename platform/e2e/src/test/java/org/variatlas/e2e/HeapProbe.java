package org.variatlas.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of the app's JVM, read with {@code jcmd <pid> GC.class_histogram}: the histogram
 * runs a full GC first, so its total is what the sessions and caches really keep.
 */
final class HeapProbe {

  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
  private static final Pattern MAX = Pattern.compile("MaxHeapSize\\s*=\\s*(\\d+)");

  private final long pid;

  /**
   * @param pid the app's JVM, or a negative number when it is not known (no heap figures)
   */
  HeapProbe(long pid) {
    this.pid = pid;
  }

  boolean known() {
    return pid > 0;
  }

  /**
   * The CPU time the app's JVM has used so far in milliseconds (user and system, from {@code
   * /proc/<pid>/stat}), or -1 when unknown.
   */
  long cpuMillis() {
    if (!known()) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The fields after the command name (which may hold spaces) in parentheses.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Bytes of live objects after a full GC, or -1 without a pid. */
  long liveBytes() throws IOException, InterruptedException {
    return liveBytes(null);
  }

  /**
   * As {@link #liveBytes()}, and the whole histogram written to {@code histogram} (when not null),
   * to compare two of them: where a session's bytes go.
   */
  long liveBytes(Path histogram) throws IOException, InterruptedException {
    if (!known()) {
      return -1;
    }
    String text = jcmd("GC.class_histogram");
    if (histogram != null) {
      Files.writeString(histogram, text);
    }
    Matcher m = TOTAL.matcher(text);
    if (!m.find()) {
      throw new IOException("jcmd printed no histogram total for " + pid);
    }
    return Long.parseLong(m.group(1));
  }

  /** The JVM's maximum heap ({@code -Xmx}), as {@code jcmd VM.flags} prints it. */
  String maxHeap() throws IOException, InterruptedException {
    if (!known()) {
      return "n/a";
    }
    Matcher m = MAX.matcher(jcmd("VM.flags"));
    return m.find() ? (Long.parseLong(m.group(1)) >> 20) + " MB" : "?";
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
    }
    return out;
  }
}
