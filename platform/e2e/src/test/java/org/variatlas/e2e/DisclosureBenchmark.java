package org.variatlas.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.disclosure.DisclosureControl;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.results.ProtectionOutcome;
import org.variatlas.app.results.TopicRecomputation.Outcome;
import org.variatlas.testkit.DisclosureAttack;
import org.variatlas.testkit.PlatformHarness;
import org.variatlas.testkit.fixture.DisclosureFixture;
import org.variatlas.testkit.fixture.DisclosureTopic;

/**
 * A benchmark, not a test (it asserts nothing and is not named *IT, so {@code verify} does not run
 * it): what disclosure control costs and does, in one platform ({@link PlatformHarness}: embedded
 * PostgreSQL, the population, each topic's start-up loaders), on
 *
 * <ul>
 *   <li>the three bundled topics on their bundled data, and the small-count fixture topic;
 *   <li>then day-surgery once more, after a registry extract of small counts (every kommune, a few
 *       shoulder operations a year, 2013-2017) through its count-file loader: referral areas around
 *       its threshold of 30.
 * </ul>
 *
 * For each: the median of {@value #RUNS} warmed recomputations of every indicator (as the results
 * pipeline runs them after a load: aggregation, statistics, protection, storage) with secondary
 * suppression and of as many without it (the baseline, switched at run time; the runs alternate so
 * that a busy machine weighs on both alike), their ratio, and the time inside the former spent on
 * protection, with the number of linear programmes; then, with secondary suppression on and off,
 * the cells hidden per level (primary + secondary) and what the attacker ({@link DisclosureAttack})
 * reading the public API sees and narrows.
 *
 * <p>Run: {@code mvn -B -pl platform/e2e -am verify -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DisclosureBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false}. Figures go to standard output and {@code
 * target/benchmark/disclosure.txt}.
 */
class DisclosureBenchmark {

  private static final int RUNS = 3;
  private static final String DAY_SURGERY = "day-surgery";
  private static final String SHOULDER = "shoulder-procedures";

  @TempDir Path dir;

  @Test
  void protection_cost_and_effect() throws IOException {
    List<Path> plugins = new ArrayList<>(distJars());
    plugins.add(DisclosureFixture.pluginJar(dir));
    StringBuilder cost = new StringBuilder();
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    try (PlatformHarness platform = PlatformHarness.start(plugins.toArray(Path[]::new))) {
      List<String> topics = loadAll(platform);
      for (String topic : topics) {
        measure(platform, topic, topic, cost, on, off);
      }
      LoadRunRecord extract =
          platform.run(
              DAY_SURGERY,
              "count-file",
              Map.of("file", smallExtract(platform).toString(), "measure", SHOULDER));
      check(extract);
      measure(platform, DAY_SURGERY, DAY_SURGERY + " + extract", cost, on, off);
    }
    String report =
        String.format(
            Locale.ROOT,
            "Disclosure control: median of %d warmed recomputations per topic%n"
                + "%-26s %10s %10s %6s %14s %7s %6s%n%s%nSecondary suppression on%n%s%n"
                + "Secondary suppression off%n%s",
            RUNS,
            "topic",
            "with ms",
            "without ms",
            "ratio",
            "protection ms",
            "share",
            "LPs",
            cost,
            on,
            off);
    System.out.print(report);
    Path out = Path.of("target/benchmark/disclosure.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  /** Cost, then effect with secondary suppression on and off, of one topic as loaded now. */
  private static void measure(
      PlatformHarness platform,
      String topic,
      String label,
      StringBuilder cost,
      StringBuilder on,
      StringBuilder off) {
    DisclosureControl control = platform.bean(DisclosureControl.class);
    List<Outcome> with = new ArrayList<>();
    List<Outcome> without = new ArrayList<>();
    try {
      for (int i = -1; i < RUNS; i++) { // run -1 warms both up
        control.secondarySuppression(false);
        Outcome open = platform.computeResults(topic);
        control.secondarySuppression(true);
        Outcome run = platform.computeResults(topic);
        if (i >= 0) {
          without.add(open);
          with.add(run);
        }
      }
    } finally {
      control.secondarySuppression(true);
    }
    double whole = median(with.stream().mapToLong(Outcome::nanos).toArray());
    double baseline = median(without.stream().mapToLong(Outcome::nanos).toArray());
    double protection = median(with.stream().mapToLong(Outcome::protectionNanos).toArray());
    Outcome last = with.get(with.size() - 1);
    cost.append(
        String.format(
            Locale.ROOT,
            "%-26s %10.0f %10.0f %6.2f %14.0f %6.1f%% %6d%n",
            label,
            whole / 1e6,
            baseline / 1e6,
            whole / baseline,
            protection / 1e6,
            100 * protection / whole,
            last.protection().values().stream().mapToInt(ProtectionOutcome::programmes).sum()));
    effect(on, label, last, DisclosureAttack.attack(platform, topic));
    control.secondarySuppression(false);
    try {
      Outcome open = platform.computeResults(topic);
      effect(off, label, open, DisclosureAttack.attack(platform, topic));
    } finally {
      control.secondarySuppression(true);
      platform.computeResults(topic);
    }
  }

  /** Population, then every topic's start-up loaders; returns the topics, fixture last. */
  private static List<String> loadAll(PlatformHarness platform) {
    check(platform.loadPopulation());
    List<String> topics = new ArrayList<>();
    platform.runtime().topics().forEach(t -> topics.add(t.id()));
    Collections.sort(topics);
    topics.remove(DisclosureTopic.ID);
    topics.add(DisclosureTopic.ID);
    for (String topic : topics) {
      platform.runLoadersOnInstall(topic).forEach(DisclosureBenchmark::check);
    }
    return topics;
  }

  /**
   * A registry extract of shoulder operations in every kommune 2013-2017, 0 to 4 a year (fixed, not
   * random): referral areas get some tens a year, around day-surgery's threshold of 30.
   */
  private Path smallExtract(PlatformHarness platform) throws IOException {
    StringBuilder csv = new StringBuilder("base_unit,year,sex,age,events\n");
    int k = 0;
    for (String unit :
        new java.util.TreeSet<>(platform.bean(GeographyPack.class).baseUnits().keySet())) {
      if (unit.length() != 4) {
        continue; // kommuner only (Oslo's bydeler have six digits)
      }
      for (int year = 2013; year <= 2017; year++) {
        int events = (k * 7 + year * 3) % 5;
        if (events > 0) {
          csv.append(unit)
              .append(',')
              .append(year)
              .append(k % 2 == 0 ? ",female," : ",male,")
              .append(40 + k % 30)
              .append(',')
              .append(events)
              .append('\n');
        }
      }
      k++;
    }
    Path file = dir.resolve("shoulder-extract.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static void check(LoadRunRecord run) {
    if (!LoadRunRecord.APPLIED.equals(run.status())) {
      throw new IllegalStateException(run.loaderId() + ": " + run.message());
    }
  }

  /** Hidden cells per level (primary + secondary) and the attacker's view. */
  private static void effect(
      StringBuilder report, String label, Outcome run, DisclosureAttack.Report attack) {
    Map<String, int[]> levels = new TreeMap<>();
    int unprotected = 0;
    for (ProtectionOutcome o : run.protection().values()) {
      unprotected += o.unprotected().size();
      o.primary().forEach((l, n) -> levels.computeIfAbsent(l, x -> new int[2])[0] += n);
      o.secondary().forEach((l, n) -> levels.computeIfAbsent(l, x -> new int[2])[1] += n);
    }
    StringBuilder perLevel = new StringBuilder();
    levels.forEach(
        (level, n) -> perLevel.append(String.format(Locale.ROOT, " %s %d+%d", level, n[0], n[1])));
    report.append(
        String.format(
            Locale.ROOT,
            "%-26s hidden (primary+secondary):%s; %d reported unprotectable%n%-26s attacker: %d"
                + " published cells read, %d hidden %s, %d narrowed below the protection width%n",
            label,
            perLevel.length() == 0 ? " none" : perLevel,
            unprotected,
            "",
            attack.cells(),
            attack.suppressed(),
            attack.suppressedByLevel(),
            attack.findings().size()));
    attack.findings().stream()
        .limit(3)
        .forEach(f -> report.append(String.format("%-26s   e.g. %s%n", "", f)));
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static List<Path> distJars() throws IOException {
    Path dist = Path.of(System.getProperty("variatlas.plugins-dist", "missing"));
    try (Stream<Path> files = Files.list(dist)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }
}
