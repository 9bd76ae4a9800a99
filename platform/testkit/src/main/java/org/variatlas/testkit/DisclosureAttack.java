package org.variatlas.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.engine.suppression.DisclosureAudit;
import org.variatlas.engine.suppression.LinearTable;

/**
 * An attacker who reads everything a topic publishes through the public HTTP API (every computed
 * indicator, level, period and year, total and category part, JSON and CSV) and, knowing how base
 * units make up the areas (the geography pack is public), bounds every suppressed count by linear
 * programming: the smallest and largest count consistent with all published counts and
 * non-negativity ({@link DisclosureAudit}). A suppressed count narrowed below the indicator's
 * protection width is a finding.
 *
 * <p>What the attacker takes as published: each row's count (yearly average × years, rounded:
 * counts are whole), and, for crude rates, each category part's count (rate × population /
 * multiplier). Parts are taken to add up to their total. Only the attacker's own reading of the API
 * is used, never the platform's internals.
 */
public final class DisclosureAttack {

  /** What the attack found for one topic. */
  public record Report(
      Map<String, Integer> suppressedByLevel, List<String> findings, int cells, int suppressed) {

    @Override
    public String toString() {
      return cells
          + " published cells, "
          + suppressed
          + " suppressed "
          + suppressedByLevel
          + (findings.isEmpty() ? ", none narrowed" : ", narrowed: " + findings);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;
  private final GeographyPack pack;

  private DisclosureAttack(String base, GeographyPack pack) {
    this.base = base;
    this.pack = pack;
  }

  /** Attacks every computed indicator of a topic served by the platform. */
  public static Report attack(PlatformHarness platform, String topicId) {
    return new DisclosureAttack(
            "http://localhost:" + platform.port(), platform.bean(GeographyPack.class))
        .topic(topicId);
  }

  /** Attacks a topic of the app at {@code baseUrl}, the pack telling how base units make areas. */
  public static Report attack(String baseUrl, GeographyPack pack, String topicId) {
    return new DisclosureAttack(baseUrl, pack).topic(topicId);
  }

  private Report topic(String topicId) {
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    List<String> findings = new ArrayList<>();
    int cells = 0;
    int suppressed = 0;
    for (JsonNode indicator : get("/api/v1/topics/" + topicId + "/indicators")) {
      if (!"COMPUTED".equals(indicator.get("provenance").asText())) {
        continue; // imported figures are the producer's own publication
      }
      Indicator model = indicator(topicId, indicator);
      cells += model.table.size();
      for (int i = 0; i < model.suppressed.length; i++) {
        if (model.suppressed[i]) {
          suppressed++;
          byLevel.merge(model.levels.get(i), 1, Integer::sum);
        }
      }
      for (DisclosureAudit.Finding f : DisclosureAudit.findings(model.table, model.suppressed)) {
        findings.add(
            f.label()
                + " in ["
                + f.interval().lower()
                + ", "
                + f.interval().upper()
                + "] (width "
                + f.width()
                + ")");
      }
    }
    return new Report(byLevel, findings, cells, suppressed);
  }

  private record Indicator(LinearTable table, boolean[] suppressed, List<String> levels) {}

  /** An indicator's periods and, since yearly values are served for every year, their years. */
  private record Periods(Set<String> all, int first, int last) {

    static Periods of(JsonNode indicator) {
      Set<String> all = new TreeSet<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (JsonNode p : indicator.get("periods")) {
        String period = p.asText();
        all.add(period);
        first = Math.min(first, from(period));
        last = Math.max(last, to(period));
        for (int y = from(period); y <= to(period); y++) {
          all.add(Integer.toString(y));
        }
      }
      return new Periods(all, first, last);
    }

    static int from(String period) {
      return Integer.parseInt(period.substring(0, 4));
    }

    static int to(String period) {
      return Integer.parseInt(period.substring(period.length() - 4));
    }
  }

  /** The published cells of one indicator as the attacker collects them. */
  private record Cells(
      LinearTable.Builder table, List<Boolean> suppressed, List<String> levels, int width) {

    void add(String label, int[] atoms, double count, int years, boolean hidden, String level) {
      table.cell(label, atoms, hidden ? 0 : Math.round(count), width * years, false);
      suppressed.add(hidden);
      levels.add(level);
    }

    Indicator build() {
      boolean[] flags = new boolean[suppressed.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = suppressed.get(i);
      }
      return new Indicator(table.build(), flags, levels);
    }
  }

  private Indicator indicator(String topicId, JsonNode indicator) {
    String id = indicator.get("id").asText();
    List<String> levels = new ArrayList<>();
    indicator.get("levels").forEach(l -> levels.add(l.asText()));
    List<String> categories = new ArrayList<>();
    indicator.get("categories").forEach(c -> categories.add(c.get("id").asText()));
    Periods periods = Periods.of(indicator);
    AttackAtoms atoms =
        new AttackAtoms(
            pack.defaultVersion(),
            levels,
            periods.first(),
            periods.last(),
            Math.max(1, categories.size()));
    Cells cells =
        new Cells(
            LinearTable.builder(atoms.count()),
            new ArrayList<>(),
            new ArrayList<>(),
            indicator.get("protectionWidth").asInt());
    for (int l = 0; l < levels.size(); l++) {
      for (String period : periods.all()) {
        JsonNode rows = results(topicId, id, levels.get(l), period);
        if (rows == null) {
          continue;
        }
        checkCsv(topicId, id, levels.get(l), period, rows);
        for (JsonNode row : rows) {
          row(indicator, categories, atoms, l, levels.get(l), period, row, cells);
        }
      }
    }
    return cells.build();
  }

  /** A published row's cell and, for a crude rate with categories, its parts' counts. */
  private static void row(
      JsonNode indicator,
      List<String> categories,
      AttackAtoms atoms,
      int l,
      String levelId,
      String period,
      JsonNode row,
      Cells cells) {
    int from = Periods.from(period);
    int to = Periods.to(period);
    int years = to - from + 1;
    String code = row.get("code").asText();
    boolean national = code.equals("8888");
    boolean hidden = row.get("suppressed").asBoolean();
    String label = indicator.get("id").asText() + " " + levelId + " " + code + " " + period;
    String level = national ? "national" : levelId;
    String area = national ? null : code;
    double events = hidden ? 0 : row.get("events").asDouble() * years;
    cells.add(label, atoms.of(l, area, from, to, -1), events, years, hidden, level);
    boolean crude = "CRUDE_RATE".equals(indicator.get("valueType").asText());
    if (categories.isEmpty() || !crude || hidden || row.get("population").isNull()) {
      return;
    }
    double personYears = row.get("population").asDouble() * years;
    double multiplier = indicator.get("multiplier").asDouble();
    for (int k = 0; k < categories.size(); k++) {
      JsonNode part = row.get("categories").get(categories.get(k));
      boolean partHidden = part == null || part.isNull();
      double count = partHidden ? 0 : part.asDouble() * personYears / multiplier;
      cells.add(
          label + " " + categories.get(k),
          atoms.of(l, area, from, to, k),
          count,
          years,
          partHidden,
          level);
    }
  }

  /** The CSV says what the JSON says, and nothing on a suppressed row but its name and code. */
  private void checkCsv(String topicId, String id, String level, String period, JsonNode rows) {
    String csv = text(path(topicId, id, level, period) + "&format=csv");
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    int events = header.indexOf("events");
    int suppressedColumn = header.indexOf("suppressed");
    int code = header.indexOf("code");
    Map<String, String[]> byCode = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].replaceAll("\"[^\"]*\"", "name").split(",", -1);
      byCode.put(cells[code], cells);
    }
    for (JsonNode row : rows) {
      String[] cells = byCode.get(row.get("code").asText());
      if (cells == null) {
        throw new AssertionError(
            id + " " + level + " " + period + ": CSV lacks " + row.get("code"));
      }
      if (row.get("suppressed").asBoolean()) {
        for (int c = code + 1; c < cells.length; c++) {
          if (c != suppressedColumn
              && c != header.indexOf("year_or_period")
              && !cells[c].isEmpty()) {
            throw new AssertionError(
                id
                    + " "
                    + level
                    + " "
                    + period
                    + ": suppressed row "
                    + row.get("code")
                    + " has '"
                    + cells[c]
                    + "' in CSV column "
                    + header.get(c));
          }
        }
      } else if (!row.get("events").isNull()
          && Math.abs(Double.parseDouble(cells[events]) - row.get("events").asDouble()) > 1e-6) {
        throw new AssertionError(id + " " + level + " " + period + ": CSV and JSON differ");
      }
    }
  }

  private JsonNode results(String topicId, String id, String level, String period) {
    HttpResponse<String> r = send(path(topicId, id, level, period));
    return r.statusCode() == 404 ? null : read(r);
  }

  private static String path(String topicId, String id, String level, String period) {
    return "/api/v1/results/"
        + topicId
        + "/"
        + id
        + "?level="
        + URLEncoder.encode(level, StandardCharsets.UTF_8)
        + "&period="
        + period;
  }

  private JsonNode get(String path) {
    return read(send(path));
  }

  private String text(String path) {
    HttpResponse<String> r = send(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + ": HTTP " + r.statusCode());
    }
    return r.body();
  }

  private JsonNode read(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new AssertionError(r.uri() + ": HTTP " + r.statusCode() + " " + r.body());
    }
    try {
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
