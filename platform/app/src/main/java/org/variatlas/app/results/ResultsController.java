package org.variatlas.app.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The indicators of a topic and their results, as JSON or CSV. Results have been suppressed before
 * they were stored: suppressed rows carry no counts. Results responses carry the topic's results
 * version as {@code ETag} with {@code Cache-Control: no-cache, public}: browsers and CDNs may keep
 * them and revalidate, and a repeat is answered from memory ({@link ResultResponses}) or with 304.
 */
@RestController
@Tag(name = "Results", description = "Indicator definitions and their results per area.")
class ResultsController {

  private final TopicRegistry topics;
  private final ResultsService results;
  private final CountSources sources;
  private final ResultResponses responses;
  private final ObjectMapper json;

  ResultsController(
      TopicRegistry topics,
      ResultsService results,
      CountSources sources,
      ResultResponses responses,
      ObjectMapper json) {
    this.topics = topics;
    this.results = results;
    this.sources = sources;
    this.responses = responses;
    this.json = json;
  }

  /** {@code GET /api/v1/topics/{topicId}/indicators}: the indicator definitions. */
  @GetMapping("/api/v1/topics/{topicId}/indicators")
  @Operation(summary = "The indicator definitions of a topic.")
  @ApiResponse(responseCode = "200", description = "The definitions, in the topic's order.")
  @ApiResponse(responseCode = "404", description = "No such topic.")
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
  @Operation(
      summary = "One row per area, then the national row (ETag: the topic's results version).")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = ResultJson.class))),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = "string",
                    description = "The same columns as the JSON, RFC 4180, an attachment."))
      })
  @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match).")
  @ApiResponse(responseCode = "400", description = "An unknown format or a malformed period.")
  @ApiResponse(
      responseCode = "404",
      description = "No such topic or indicator, or no results for the level and period.")
  ResponseEntity<?> results(
      @PathVariable String topicId,
      @Parameter(description = "The indicator's id (GET /api/v1/topics/{topicId}/indicators).")
          @PathVariable
          String indicatorId,
      @Parameter(description = "An area level, e.g. hf; the indicator's default when absent.")
          @RequestParam(required = false)
          String level,
      @Parameter(
              description =
                  "A year (2024) or years (2022-2024); the indicator's default when" + " absent.")
          @RequestParam(required = false)
          String period,
      @Parameter(
              description = "json or csv.",
              schema =
                  @Schema(
                      allowableValues = {"json", "csv"},
                      defaultValue = "json"))
          @RequestParam(defaultValue = "json")
          String format,
      Locale locale,
      @Parameter(hidden = true) WebRequest request) {
    if (!"json".equalsIgnoreCase(format) && !"csv".equalsIgnoreCase(format)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "unknown format '" + format + "': use json or csv");
    }
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
    boolean csv = "csv".equalsIgnoreCase(format);
    // The results version is the validator: a repeat is answered from memory, or with 304.
    long version =
        results
            .version(topicId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "no results of " + topicId));
    String etag = ResultResponses.etag(topicId, version);
    if (request.checkNotModified(etag)) {
      return null;
    }
    byte[] body =
        responses.get(
            List.of(topicId, indicatorId, lvl, p, csv, locale.toLanguageTag(), version),
            () -> render(topicId, indicatorId, lvl, p, locale, version, csv));
    ResponseEntity.BodyBuilder ok =
        ResponseEntity.ok()
            .eTag(etag)
            // A draft's figures are for editors: no shared cache may keep them.
            .cacheControl(
                topics.isDraft(topicId) || topics.previewed(topicId).isPresent()
                    ? CacheControl.noStore().cachePrivate()
                    : CacheControl.noCache().cachePublic());
    if (csv) {
      return ok.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
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
          .body(body);
    }
    return ok.contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private byte[] render(
      String topicId,
      String indicatorId,
      String level,
      Period period,
      Locale locale,
      long version,
      boolean csv) {
    IndicatorResults r =
        results
            .results(topicId, indicatorId, level, period, locale, version)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no results of " + indicatorId + " on level " + level + " for " + period));
    ResultTable table = ResultTable.of(r);
    if (csv) {
      return table.csv().getBytes(StandardCharsets.UTF_8);
    }
    List<ResultJson> rows = new ArrayList<>();
    for (AreaResult a : table.rows()) {
      rows.add(table.json(a));
    }
    try {
      return json.writeValueAsBytes(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the results as JSON", e);
    }
  }

  private InstalledTopic topic(String topicId) {
    return topics
        .visibleTopic(topicId)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no topic '" + topicId + "'"));
  }
}
