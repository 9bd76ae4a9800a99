package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The indicators of a topic and their results, as JSON or CSV. Results have been suppressed before
 * they were stored: suppressed rows carry no counts.
 */
@RestController
class ResultsController {

  private final TopicRegistry topics;
  private final ResultsService results;
  private final CountSources sources;

  ResultsController(TopicRegistry topics, ResultsService results, CountSources sources) {
    this.topics = topics;
    this.results = results;
    this.sources = sources;
  }

  /** {@code GET /api/v1/topics/{topicId}/indicators}: the indicator definitions. */
  @GetMapping("/api/v1/topics/{topicId}/indicators")
  List<IndicatorJson> indicators(@PathVariable String topicId) {
    InstalledTopic topic = topic(topicId);
    return topic.indicators().stream()
        .map(i -> IndicatorJson.of(sources.asShown(topic, i)))
        .toList();
  }

  /**
   * {@code GET /api/v1/results/{topicId}/{indicatorId}?level=hf&period=2022-2024[&format=csv]}: one
   * row per area and the national row.
   */
  @GetMapping("/api/v1/results/{topicId}/{indicatorId}")
  ResponseEntity<?> results(
      @PathVariable String topicId,
      @PathVariable String indicatorId,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "json") String format,
      @RequestParam(defaultValue = "nb") String lang) {
    InstalledTopic topic = topic(topicId);
    IndicatorDefinition indicator =
        topic
            .indicator(indicatorId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no indicator '" + indicatorId + "' in " + topicId));
    String lvl = level == null ? indicator.defaultLevel() : level;
    Period p;
    try {
      p = period == null ? indicator.defaultPeriod() : Period.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Locale locale = VariatlasI18NProvider.supported(Locale.forLanguageTag(lang));
    IndicatorResults r =
        results
            .results(topicId, indicatorId, lvl, p, locale)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no results of " + indicatorId + " on level " + lvl + " for " + p));
    ResultTable table = ResultTable.of(r);
    if ("csv".equalsIgnoreCase(format)) {
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header(
              "Content-Disposition",
              "attachment; filename=\""
                  + topicId
                  + "-"
                  + indicatorId
                  + "-"
                  + lvl
                  + "-"
                  + p
                  + ".csv\"")
          .body(table.csv());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AreaResult a : table.rows()) {
      rows.add(table.json(a));
    }
    return ResponseEntity.ok(rows);
  }

  private InstalledTopic topic(String topicId) {
    return topics
        .topic(topicId)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no topic '" + topicId + "'"));
  }
}
