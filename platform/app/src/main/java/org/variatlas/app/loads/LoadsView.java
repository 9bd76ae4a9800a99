package org.variatlas.app.loads;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.variatlas.api.model.LoaderParameter;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.security.Actors;
import org.variatlas.app.security.Ownership;
import org.variatlas.app.security.Role;
import org.variatlas.app.shell.MainLayout;

/**
 * For editors: every loader (the platform's population load and the topics' loaders) with its last
 * run and a button to run it now, and every run with status, counts and duration; selecting a run
 * shows its message, sources and each problem with file, line, column, value and rule.
 */
@Route(value = "admin/loads", layout = MainLayout.class)
@Menu(title = "nav.loads", order = 3)
@CssImport("./variatlas-loads.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.PARTNER})
public class LoadsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private static final int RUNS_SHOWN = 200;

  /** One row of the loaders grid. */
  private record LoaderRow(
      String topicId,
      String loaderId,
      String title,
      String topic,
      boolean onInstall,
      Optional<LoadRunRecord> last,
      List<LoaderParameter> parameters,
      java.util.function.Consumer<Map<String, String>> run) {}

  private final LoadRunRepository runs;
  private final TopicLoads topicLoads;
  private final List<StartupJob> platformJobs;
  private final LoadRunner runner;
  private final LoadQueue queue;
  private final Uploads uploads;
  private final RunDataDeletion deletion;
  private final RunDataRepository data;
  private final MeasureSourcesPanel sources;
  private final Ownership ownership;
  private final Authentication actor;
  private String topicFilter;
  private final Div refused = new Div();
  private final Div loaders = new Div();
  private final LoadRunsGrid runGrid;
  private final Div details = new Div();
  private int running;

  public LoadsView(
      LoadRunRepository runs,
      TopicLoads topicLoads,
      List<StartupJob> platformJobs,
      LoadRunner runner,
      LoadQueue queue,
      Ownership ownership,
      Uploads uploads,
      RunDataDeletion deletion,
      RunDataRepository data) {
    this.uploads = uploads;
    this.deletion = deletion;
    this.data = data;
    this.runs = runs;
    this.topicLoads = topicLoads;
    this.platformJobs = platformJobs;
    this.runner = runner;
    this.queue = queue;
    this.ownership = ownership;
    this.actor = Actors.current();
    this.runGrid = new LoadRunsGrid(topicLoads);
    this.sources = new MeasureSourcesPanel(runGrid::time);
    addClassName("va-loads");
    add(new H1(getTranslation("loads.title")));
    Paragraph lead = new Paragraph(getTranslation("loads.lead"));
    lead.addClassName("va-lead");
    refused.setId("loads-refused");
    refused.addClassName("va-error");
    add(lead, refused);
    configureLoaders();
    configureRuns();
    add(sources);
  }

  /**
   * {@code ?topic=<id>} shows only that topic's loaders and runs; a partner asking for a topic its
   * organisation does not own is refused.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    topicFilter = event.getLocation().getQueryParameters().getSingleParameter("topic").orElse(null);
    refused.removeAll();
    if (topicFilter != null && !ownership.mayActOnTopic(actor, topicFilter)) {
      refused.add(new Paragraph(getTranslation("loads.refused", topicFilter)));
    }
    refresh();
  }

  private String userName() {
    return actor == null ? null : actor.getName();
  }

  /** Whether the page shows a topic's loaders and runs (null: the platform's own). */
  private boolean shown(String topicId) {
    return ownership.mayActOnTopic(actor, topicId)
        && (topicFilter == null || topicFilter.equals(topicId));
  }

  private Locale language() {
    return VariatlasI18NProvider.supported(getLocale());
  }

  private void configureLoaders() {
    add(new H2(getTranslation("loads.loaders")));
    loaders.addClassName("va-loads-loaders");
    loaders.setId("loaders");
    add(loaders);
  }

  /** One loader: what it loads, for which topic, how it starts, its last run, a run button. */
  private Component loaderRow(LoaderRow row) {
    Span topic = new Span(row.topic());
    topic.addClassName("va-loads-loader-topic");
    Span title = new Span(row.title());
    title.addClassName("va-loads-loader-title");
    Div what = new Div(topic, title);
    what.addClassName("va-loads-loader-what");
    Span mode = new Span(getTranslation(row.onInstall() ? "loads.onInstall" : "loads.manual"));
    mode.addClassName("va-loads-loader-mode");
    Component last = row.last().map(this::lastRun).orElseGet(() -> muted("loads.never"));
    Div d = new Div(what, mode, last, runButton(row));
    d.addClassName("va-loads-loader");
    return d;
  }

  private void configureRuns() {
    add(new H2(getTranslation("loads.runs")));
    runGrid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
    details.addClassName("va-loads-details");
    details.setId("load-details");
    add(runGrid, details);
  }

  private void refresh() {
    List<LoaderRow> rows = new ArrayList<>();
    for (StartupJob job : shown(null) ? platformJobs : List.<StartupJob>of()) {
      LoadJob j = job.job();
      rows.add(
          new LoaderRow(
              null,
              j.loaderId(),
              runGrid.title(j.loaderId(), j.title()),
              getTranslation("loads.platform"),
              true,
              runs.last(null, j.loaderId()),
              List.of(),
              parameters -> runner.run(job.job(), userName(), null)));
    }
    for (TopicLoads.Loader l : topicLoads.loaders()) {
      if (!shown(l.topic().id())) {
        continue;
      }
      rows.add(
          new LoaderRow(
              l.topic().id(),
              l.loader().id(),
              l.loader().title().get(language()),
              l.topic().title().get(language()),
              l.loader().loadOnInstall(),
              l.lastRun(),
              l.loader().parameters(),
              parameters ->
                  topicLoads.run(l.topic().id(), l.loader().id(), parameters, userName(), null)));
    }
    loaders.removeAll();
    rows.forEach(r -> loaders.add(loaderRow(r)));
    LoadRunRecord selected = runGrid.asSingleSelect().getValue();
    List<LoadRunRecord> recent =
        runs.recent(RUNS_SHOWN).stream().filter(r -> shown(r.topicId())).toList();
    runGrid.show(recent);
    LoadRunRecord reselect =
        selected == null
            ? recent.stream()
                .filter(r -> LoadRunRecord.FAILED.equals(r.status()))
                .findFirst()
                .orElse(null)
            : recent.stream().filter(r -> r.id() == selected.id()).findFirst().orElse(null);
    if (reselect != null) {
      runGrid.select(reselect);
    } else {
      showDetails(null);
    }
    sources.show(
        topicLoads.loaders().stream()
            .map(TopicLoads.Loader::topic)
            .filter(t -> shown(t.id()))
            .distinct()
            .toList(),
        data,
        runs,
        language());
  }

  private Component runButton(LoaderRow row) {
    Button b =
        new Button(
            getTranslation(row.parameters().isEmpty() ? "loads.run" : "loads.runWithParameters"));
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    b.getElement()
        .setAttribute(
            "data-loader", (row.topicId() == null ? "" : row.topicId() + "/") + row.loaderId());
    b.addClickListener(
        e -> {
          if (row.parameters().isEmpty()) {
            start(b, row, Map.of(), () -> {});
          } else {
            new LoaderParametersDialog(
                    row.title(),
                    row.parameters(),
                    language(),
                    uploads,
                    (parameters, done) -> start(b, row, parameters, done))
                .open();
          }
        });
    return b;
  }

  /**
   * Queues the run, polling until it is over, then refreshes the page; a loader already running or
   * waiting (a second click, or another editor's) is refused with a message.
   */
  private void start(Button b, LoaderRow row, Map<String, String> parameters, Runnable done) {
    if (!ownership.mayActOnTopic(actor, row.topicId())) {
      done.run();
      warn(getTranslation("loads.refused", row.topicId()));
      return;
    }
    UI ui = UI.getCurrent();
    String text = b.getText();
    String key = (row.topicId() == null ? "" : row.topicId()) + "/" + row.loaderId();
    Optional<LoadQueue.Refusal> refusal =
        queue.submit(
            key,
            () -> {
              try {
                row.run().accept(parameters);
              } finally {
                done.run();
                ui.access(
                    () -> {
                      running--;
                      if (running == 0) {
                        ui.setPollInterval(-1);
                      }
                      b.setText(text);
                      b.setEnabled(true);
                      refresh();
                    });
              }
            });
    if (refusal.isPresent()) {
      done.run();
      warn(
          getTranslation(
              refusal.get() == LoadQueue.Refusal.ALREADY_QUEUED
                  ? "loads.refused.queued"
                  : "loads.refused.full",
              LoadQueue.CAPACITY));
      return;
    }
    b.setEnabled(false);
    b.setText(getTranslation("loads.running"));
    running++;
    ui.setPollInterval(1500);
    Notification.show(
        getTranslation("loads.started.notice"), 4000, Notification.Position.BOTTOM_START);
  }

  private void warn(String message) {
    Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    n.setId("loads-warning");
  }

  private void showDetails(LoadRunRecord run) {
    details.removeAll();
    if (run == null) {
      Paragraph hint =
          new Paragraph(
              getTranslation(
                  runGrid.getListDataView().getItemCount() == 0 ? "loads.none" : "loads.select"));
      hint.addClassName("va-muted");
      details.add(hint);
      return;
    }
    details.add(
        new RunDetailsPanel(run, runs.problems(run.id()), runGrid, deletion, actor, this::refresh));
  }

  private Component lastRun(LoadRunRecord run) {
    Span when = new Span(runGrid.time(run));
    when.addClassName("va-muted");
    Div d = new Div(runGrid.status(run.status()), when);
    d.addClassName("va-loads-last");
    return d;
  }

  private Span muted(String key) {
    Span s = new Span(getTranslation(key));
    s.addClassName("va-muted");
    return s;
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    if (running > 0) {
      attachEvent.getUI().setPollInterval(1500);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("loads.title") + " – " + getTranslation("app.name");
  }
}
