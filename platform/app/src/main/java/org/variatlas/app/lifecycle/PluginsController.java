package org.variatlas.app.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.variatlas.app.loads.Uploads;
import org.variatlas.app.plugins.PluginCheck;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;

/**
 * The plugins over HTTP. {@code GET /api/v1/plugins}: each plugin's version, state, publication and
 * the reason it is not serving (drafts only for those who may see them). For automation with a
 * bearer token: {@code POST /api/v1/plugins} (multipart {@code file}) checks and installs a jar as
 * a draft (201; 422 with every reason when a check fails, 409 when the plugin or its topic id is
 * taken); a newer version of an installed plugin is staged beside the public one (201, {@code
 * "staged": true}) until {@code publish} swaps it in; {@code POST
 * /api/v1/plugins/{id}/publish|unpublish|disable|enable|restore}; {@code DELETE
 * /api/v1/plugins/{id}/staged}; {@code DELETE /api/v1/plugins/{id}[?deleteData=true]}.
 */
@RestController
@RequestMapping("/api/v1/plugins")
@Tag(
    name = "Plugins",
    description =
        "The topic plugins of the atlas: install, stage, publish, restore, disable and remove them"
            + " while it runs (bearer token).")
class PluginsController {

  @Schema(
      name = "PluginJar",
      description = "A plugin with its version, state and publication (drafts only for staff).")
  record Plugin(
      String id,
      String version,
      String state,
      String publication,
      String provider,
      List<String> topics,
      String error,
      String stagedVersion,
      String previousVersion) {}

  @Schema(name = "PluginInstallOutcome", description = "What an upload's checks found and did.")
  record Install(
      boolean installed,
      boolean staged,
      PluginCheck check,
      List<String> reasons,
      String state,
      InstallProgress progress) {}

  private static final String PLUGIN = "The plugin's id.";

  private final PluginLifecycle lifecycle;
  private final PluginInstaller installer;
  private final PluginRuntime runtime;
  private final Uploads uploads;

  PluginsController(
      PluginLifecycle lifecycle,
      PluginInstaller installer,
      PluginRuntime runtime,
      Uploads uploads) {
    this.lifecycle = lifecycle;
    this.installer = installer;
    this.runtime = runtime;
    this.uploads = uploads;
  }

  @GetMapping
  @Operation(summary = "Every plugin with its version, state, publication and kept versions.")
  List<Plugin> plugins(@Parameter(hidden = true) Authentication viewer) {
    return lifecycle.plugins(viewer).stream().map(this::json).toList();
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Checks a plugin jar and installs it as a draft, or stages a newer version of an"
              + " installed one.")
  @ApiResponse(responseCode = "201", description = "Installed or staged.")
  @ApiResponse(responseCode = "409", description = "The same or an older version is installed.")
  @ApiResponse(responseCode = "422", description = "A check failed or it does not start.")
  ResponseEntity<Install> install(
      @RequestPart("file") MultipartFile file, @Parameter(hidden = true) Authentication actor)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "plugin.jar" : file.getOriginalFilename();
    Path jar = uploads.newFile(name);
    try {
      file.transferTo(jar);
      PluginInstaller.Outcome outcome = installer.install(jar, name, actor);
      Install body =
          new Install(
              outcome.installed(),
              outcome.staged(),
              outcome.check(),
              outcome.reasons(),
              outcome.status() == null ? null : outcome.status().state(),
              outcome.installed() ? installer.progress(outcome.check().id()).orElse(null) : null);
      return ResponseEntity.status(status(outcome)).body(body);
    } finally {
      uploads.delete(jar);
    }
  }

  @GetMapping("/{pluginId}/progress")
  @Operation(summary = "How far a newly installed plugin's install-time loaders are.")
  InstallProgress progress(@Parameter(description = PLUGIN) @PathVariable String pluginId) {
    return installer
        .progress(pluginId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PostMapping("/{pluginId}/publish")
  @Operation(summary = "Publishes a draft, or swaps a staged version in for the public one.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin.")
  ResponseEntity<Void> publish(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.publish(pluginId, actor));
  }

  @PostMapping("/{pluginId}/restore")
  @Operation(summary = "Serves the version the last publish replaced again, with its figures.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin or no previous version.")
  ResponseEntity<Void> restore(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.restore(pluginId, actor));
  }

  @DeleteMapping("/{pluginId}/staged")
  @Operation(summary = "Drops the staged version; the public one is untouched.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin or no staged version.")
  ResponseEntity<Void> discardStaged(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.discardStaged(pluginId, actor));
  }

  @PostMapping("/{pluginId}/unpublish")
  @Operation(summary = "Makes a published plugin a draft again.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin.")
  ResponseEntity<Void> unpublish(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.unpublish(pluginId, actor));
  }

  @PostMapping("/{pluginId}/disable")
  @Operation(summary = "Stops a plugin and hides its topics; their data stay.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin.")
  ResponseEntity<Void> disable(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.disable(pluginId, actor));
  }

  @PostMapping("/{pluginId}/enable")
  @Operation(summary = "Starts a disabled plugin again.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin.")
  ResponseEntity<Void> enable(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.enable(pluginId, actor));
  }

  @DeleteMapping("/{pluginId}")
  @Operation(summary = "Removes a plugin, optionally with its topics' data.")
  @ApiResponse(responseCode = "204", description = "Done.")
  @ApiResponse(responseCode = "404", description = "No such plugin.")
  ResponseEntity<Void> remove(
      @Parameter(description = PLUGIN) @PathVariable String pluginId,
      @Parameter(description = "Also delete its topics' counts, published values and results.")
          @RequestParam(defaultValue = "false")
          boolean deleteData,
      @Parameter(hidden = true) Authentication actor) {
    return found(() -> lifecycle.remove(pluginId, deleteData, actor));
  }

  private static ResponseEntity<Void> found(Runnable action) {
    try {
      action.run();
      return ResponseEntity.noContent().build();
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    } catch (IllegalStateException e) {
      // A swap that failed: the public version still serves.
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  private static HttpStatus status(PluginInstaller.Outcome outcome) {
    if (outcome.installed()) {
      return HttpStatus.CREATED;
    }
    boolean conflict =
        outcome.check().checks().stream()
            .filter(c -> !c.passed())
            .allMatch(c -> c.key().equals("id") || c.key().equals("topicIds"));
    return conflict && !outcome.check().passed()
        ? HttpStatus.CONFLICT
        : HttpStatus.UNPROCESSABLE_ENTITY;
  }

  private Plugin json(PluginRow row) {
    PluginStatus s = row.status();
    return new Plugin(
        s.id(),
        s.version(),
        s.state(),
        row.publication(),
        s.provider(),
        row.topicIds(),
        s.error() == null ? null : PluginStatus.withoutPaths(s.error(), runtime),
        row.stagedVersion(),
        row.previousVersion());
  }
}
