package org.variatlas.app.lifecycle;

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
class PluginsController {

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

  record Install(
      boolean installed,
      boolean staged,
      PluginCheck check,
      List<String> reasons,
      String state,
      InstallProgress progress) {}

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
  List<Plugin> plugins(Authentication viewer) {
    return lifecycle.plugins(viewer).stream().map(this::json).toList();
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Install> install(@RequestPart("file") MultipartFile file, Authentication actor)
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
  InstallProgress progress(@PathVariable String pluginId) {
    return installer
        .progress(pluginId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PostMapping("/{pluginId}/publish")
  ResponseEntity<Void> publish(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.publish(pluginId, actor));
  }

  @PostMapping("/{pluginId}/restore")
  ResponseEntity<Void> restore(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.restore(pluginId, actor));
  }

  @DeleteMapping("/{pluginId}/staged")
  ResponseEntity<Void> discardStaged(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.discardStaged(pluginId, actor));
  }

  @PostMapping("/{pluginId}/unpublish")
  ResponseEntity<Void> unpublish(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.unpublish(pluginId, actor));
  }

  @PostMapping("/{pluginId}/disable")
  ResponseEntity<Void> disable(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.disable(pluginId, actor));
  }

  @PostMapping("/{pluginId}/enable")
  ResponseEntity<Void> enable(@PathVariable String pluginId, Authentication actor) {
    return found(() -> lifecycle.enable(pluginId, actor));
  }

  @DeleteMapping("/{pluginId}")
  ResponseEntity<Void> remove(
      @PathVariable String pluginId,
      @RequestParam(defaultValue = "false") boolean deleteData,
      Authentication actor) {
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
