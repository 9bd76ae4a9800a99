package org.variatlas.app.loads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.variatlas.api.DataLoader;
import org.variatlas.api.model.LoaderParameter;
import org.variatlas.app.security.Ownership;

/**
 * {@code POST /api/v1/topics/{topic}/loaders/{loader}/runs} (multipart: a file per file parameter,
 * e.g. {@code file}, and the loader's other parameters as form fields, e.g. {@code measure}):
 * queues a run on the editors' load queue and answers {@code 202} with its id at once; {@code GET
 * /api/v1/loads/{id}} follows it. A missing parameter or an unknown choice is {@code 400}; the same
 * loader queued already, or a full queue, {@code 409}.
 */
@RestController
@Tag(name = "Load runs")
class LoaderRunsController {

  @Schema(name = "LoadRunAccepted", description = "A queued load run and where to follow it.")
  record Accepted(long id, String status, String location) {}

  private final TopicLoads topicLoads;
  private final LoadQueue queue;
  private final Uploads uploads;
  private final Ownership ownership;

  LoaderRunsController(
      TopicLoads topicLoads, LoadQueue queue, Uploads uploads, Ownership ownership) {
    this.topicLoads = topicLoads;
    this.queue = queue;
    this.uploads = uploads;
    this.ownership = ownership;
  }

  @PostMapping(
      path = "/api/v1/topics/{topicId}/loaders/{loaderId}/runs",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Queues a run of a topic's loader with a file per file parameter and the other"
              + " parameters as form fields.")
  @ApiResponse(responseCode = "202", description = "Queued; follow it at the location.")
  @ApiResponse(responseCode = "400", description = "A parameter is missing or not a choice.")
  @ApiResponse(
      responseCode = "409",
      description = "The loader is queued already, or the queue is full.")
  ResponseEntity<Accepted> start(
      @PathVariable String topicId,
      @Parameter(description = "The loader's id within the topic.") @PathVariable String loaderId,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
      @Parameter(hidden = true) MultipartHttpServletRequest request,
      @Parameter(hidden = true) Authentication actor)
      throws IOException {
    ownership.checkTopic(actor, topicId);
    DataLoader loader =
        topicLoads.loaders().stream()
            .filter(l -> l.topic().id().equals(topicId) && l.loader().id().equals(loaderId))
            .map(TopicLoads.Loader::loader)
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no loader '" + loaderId + "' of topic " + topicId));
    String key = topicId + "/" + loaderId;
    if (queue.isQueued(key)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, key + " is queued or running");
    }
    List<Path> files = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    try {
      for (LoaderParameter p : loader.parameters()) {
        value(p, form, request, files).ifPresent(v -> parameters.put(p.name(), v));
      }
    } catch (RuntimeException | IOException e) {
      files.forEach(uploads::delete);
      throw e;
    }
    String user = actor == null ? null : actor.getName();
    long id = topicLoads.queue(topicId, loaderId, parameters, user);
    Optional<LoadQueue.Refusal> refusal =
        queue.submit(
            key,
            () -> {
              try {
                topicLoads.run(topicId, loaderId, parameters, user, id);
              } finally {
                files.forEach(uploads::delete);
              }
            });
    if (refusal.isPresent()) {
      files.forEach(uploads::delete);
      topicLoads.refuse(id, "not started: " + refusal.get().name().toLowerCase());
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, key + " was not queued: " + refusal.get().name());
    }
    String location = "/api/v1/loads/" + id;
    return ResponseEntity.accepted()
        .location(URI.create(location))
        .body(new Accepted(id, LoadRunRecord.QUEUED, location));
  }

  private Optional<String> value(
      LoaderParameter p,
      MultiValueMap<String, String> form,
      MultipartHttpServletRequest request,
      List<Path> files)
      throws IOException {
    if (p.kind() == LoaderParameter.Kind.FILE) {
      MultipartFile part = request.getFile(p.name());
      if (part == null || part.isEmpty()) {
        return missing(p);
      }
      String name = part.getOriginalFilename() == null ? p.name() : part.getOriginalFilename();
      Path file = uploads.newFile(name);
      files.add(file);
      part.transferTo(file);
      return Optional.of(file.toString());
    }
    String value = form.getFirst(p.name());
    if (value == null || value.isBlank()) {
      return missing(p);
    }
    if (p.kind() == LoaderParameter.Kind.CHOICE
        && p.choices().stream().noneMatch(c -> c.value().equals(value))) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "parameter '" + p.name() + "': '" + value + "' is not one of its choices");
    }
    return Optional.of(value);
  }

  private static Optional<String> missing(LoaderParameter p) {
    if (p.required()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "parameter '" + p.name() + "' is required");
    }
    return Optional.empty();
  }
}
