package org.variatlas.app.lifecycle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.core.Authentication;
import org.variatlas.app.loads.LimitedUpload;
import org.variatlas.app.loads.Uploads;

/**
 * Upload a plugin jar: the platform checks it, shows what it found, and when every check passed
 * installs it as a draft and shows its install-time loaders' progress.
 */
class PluginUploadPanel extends Div {

  /** Plugin jars are small; a registry extract's limit would be far too generous. */
  static final long MAX_JAR_BYTES = 64L * 1024 * 1024;

  private final PluginInstaller installer;
  private final Div result = new Div();
  private final Runnable afterInstall;
  private Registration polling;

  PluginUploadPanel(
      PluginInstaller installer, Uploads storage, Authentication actor, Runnable afterInstall) {
    this.installer = installer;
    this.afterInstall = afterInstall;
    addClassName("va-plugin-upload");
    add(new H2(getTranslation("lifecycle.upload.title")));
    Paragraph lead = new Paragraph(getTranslation("lifecycle.upload.lead"));
    lead.addClassName("va-muted");
    add(lead);
    LimitedUpload handler =
        new LimitedUpload(
            MAX_JAR_BYTES,
            (metadata, file) -> {
              try {
                PluginInstaller.Outcome outcome =
                    installer.install(file.toPath(), metadata.fileName(), actor);
                getUI().ifPresent(ui -> ui.access(() -> show(outcome)));
              } catch (RuntimeException e) {
                getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  result.removeAll();
                                  result.add(
                                      new Paragraph(
                                          getTranslation(
                                              "lifecycle.upload.failed", e.getMessage())));
                                }));
              } finally {
                storage.delete(file.toPath());
              }
            },
            metadata -> storage.newFile(metadata.fileName()).toFile());
    Upload upload = new Upload(handler);
    upload.addClassName("va-plugin-upload-field");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) MAX_JAR_BYTES);
    upload.setAcceptedFileTypes(".jar", "application/java-archive");
    upload.addSucceededListener(e -> upload.clearFileList());
    result.addClassName("va-plugin-upload-result");
    result.getElement().setAttribute("aria-live", "polite");
    add(upload, result);
  }

  private void show(PluginInstaller.Outcome outcome) {
    result.removeAll();
    result.add(new CheckResultPanel(outcome));
    if (outcome.installed()) {
      afterInstall.run();
      if (!outcome.staged()) {
        followLoads(outcome.check().id());
      }
    }
  }

  /** A progress bar over the plugin's install-time loaders, updated by polling until they end. */
  private void followLoads(String pluginId) {
    ProgressBar bar = new ProgressBar(0, 1);
    bar.addClassName("va-install-progress");
    Span label = new Span();
    label.addClassName("va-install-progress-label");
    bar.getElement().setAttribute("aria-label", getTranslation("lifecycle.progress.label"));
    Div box = new Div(label, bar);
    box.addClassName("va-install-progress-box");
    result.add(box);
    UI ui = UI.getCurrent();
    Runnable update =
        () -> {
          InstallProgress p = installer.progress(pluginId).orElse(null);
          if (p == null) {
            return;
          }
          bar.setValue(p.fraction());
          label.setText(
              p.finished()
                  ? getTranslation(
                      p.failures().isEmpty()
                          ? "lifecycle.progress.done"
                          : "lifecycle.progress.failed",
                      p.total(),
                      String.join("; ", p.failures()))
                  : getTranslation("lifecycle.progress.running", p.done(), p.total(), p.current()));
          box.getElement().setAttribute("data-finished", String.valueOf(p.finished()));
          if (p.finished() && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
          }
        };
    update.run();
    if (polling == null
        && !installer.progress(pluginId).map(InstallProgress::finished).orElse(true)) {
      polling = ui.addPollListener(e -> update.run());
      ui.setPollInterval(1000);
    }
  }
}
