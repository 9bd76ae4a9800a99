package org.variatlas.app.loads;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * The load runs of {@code /admin/loads}: status, what, when, who, how long and the row counts of
 * each; and how a run is named and its figures written, for the rest of the page.
 */
class LoadRunsGrid extends Grid<LoadRunRecord> implements RunDetailsPanel.Texts {

  private final TopicLoads topicLoads;

  LoadRunsGrid(TopicLoads topicLoads) {
    this.topicLoads = topicLoads;
    addClassName("va-loads-runs");
    setId("load-runs");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    addColumn(LoadRunRecord::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    addColumn(new ComponentRenderer<>(r -> status(r.status())))
        .setHeader(getTranslation("loads.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(this::what)
        .setHeader(getTranslation("loads.what"))
        .setTooltipGenerator(this::what)
        .setFlexGrow(4);
    addColumn(this::time).setHeader(getTranslation("loads.started")).setAutoWidth(true);
    addColumn(
            r -> r.startedBy() == null ? getTranslation("loads.startedBy.platform") : r.startedBy())
        .setHeader(getTranslation("loads.startedBy"))
        .setAutoWidth(true);
    numeric(r -> duration(r.duration()), "loads.duration");
    numeric(r -> number(r.rowsRead()), "loads.read");
    numeric(r -> number(r.rowsAccepted()), "loads.accepted");
    numeric(r -> number(r.rowsRejected()), "loads.rejected");
    numeric(r -> number(r.problemCount()), "loads.problems");
  }

  /** Shows the runs: all of a few, a scrolling list of many. */
  void show(java.util.List<LoadRunRecord> runs) {
    setItems(runs);
    boolean few = runs.size() <= 10;
    setAllRowsVisible(few);
    setHeight(few ? null : "400px");
  }

  private void numeric(Function<LoadRunRecord, String> cell, String header) {
    addColumn(cell::apply)
        .setHeader(getTranslation(header))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  /** The loader's localized title when the platform knows it, else what the run recorded. */
  @Override
  public String what(LoadRunRecord run) {
    if (run.topicId() == null) {
      return title(run.loaderId(), run.title());
    }
    return topicLoads.loaders().stream()
        .filter(l -> l.topic().id().equals(run.topicId()) && l.loader().id().equals(run.loaderId()))
        .findFirst()
        .map(l -> l.topic().title().get(language()) + ": " + l.loader().title().get(language()))
        .orElse(run.title());
  }

  /** A platform loader's title: the population load's translated. */
  String title(String loaderId, String recorded) {
    return LoadRunApplied.POPULATION.equals(loaderId)
        ? getTranslation("loads.population")
        : recorded;
  }

  @Override
  public Span status(String status) {
    Span badge = new Span(getTranslation("loads.status." + status));
    badge.addClassName("va-state");
    badge.addClassName("va-loads-state-" + status.toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-status", status);
    return badge;
  }

  @Override
  public String number(long n) {
    return Formats.number((double) n, 0, language());
  }

  String time(LoadRunRecord run) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(Formats.formatLocale(language()))
        .format(run.startedAt().atZoneSameInstant(ZoneId.systemDefault()));
  }

  private String duration(Duration d) {
    double seconds = d.toMillis() / 1000.0;
    if (seconds < 60) {
      return Formats.number(seconds, 1, language()) + " s";
    }
    return d.toMinutes() + " min " + d.toSecondsPart() + " s";
  }

  private Locale language() {
    return VariatlasI18NProvider.supported(getLocale());
  }
}
