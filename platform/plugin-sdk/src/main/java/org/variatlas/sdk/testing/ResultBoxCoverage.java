package org.variatlas.sdk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.variatlas.sdk.helseatlas.ResultBoxFile;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.io.Json;

/**
 * Checks that a topic's published indicators cover a Helseatlas v2 atlas: every result box the
 * atlas definition references, and every column its bar charts draw.
 */
public final class ResultBoxCoverage {

  private ResultBoxCoverage() {}

  /**
   * The data files of the result boxes an atlas definition ({@code atlas_v2/definitions/*.json})
   * references, in order.
   */
  public static List<String> referencedFiles(Path definition) {
    Map<String, Object> atlas =
        Json.object(Json.parse(definition, "definition"), "atlas", "definition");
    List<String> files = new ArrayList<>();
    for (Object chapter : Json.array(atlas.get("kapittel"), "kapittel", "definition")) {
      Object content = Json.object(chapter, "chapter", "definition").get("innhold");
      for (Object item : Json.array(content, "innhold", "definition")) {
        Map<String, Object> box = Json.object(item, "item", "definition");
        if ("resultatboks".equals(box.get("type")) && box.get("data") instanceof String file) {
          files.add(file);
        }
      }
    }
    return files;
  }

  /**
   * The bar-chart columns of each file that no indicator's series reads, by file; empty when
   * everything charted is imported.
   *
   * @param directory the atlas' data directory
   */
  public static Map<String, Set<String>> uncoveredColumns(
      Path directory, List<ResultBoxIndicator> indicators) {
    Map<String, Set<String>> covered = new TreeMap<>();
    for (ResultBoxIndicator indicator : indicators) {
      covered
          .computeIfAbsent(indicator.file(), f -> new LinkedHashSet<>())
          .addAll(indicator.series().columns());
    }
    Map<String, Set<String>> uncovered = new TreeMap<>();
    for (String file : covered.keySet()) {
      Set<String> charted = new LinkedHashSet<>();
      ResultBoxFile.read(directory.resolve(file), file)
          .barCharts()
          .forEach(chart -> charted.addAll(chart.columns()));
      charted.removeAll(covered.get(file));
      if (!charted.isEmpty()) {
        uncovered.put(file, charted);
      }
    }
    return uncovered;
  }
}
