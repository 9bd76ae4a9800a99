package org.variatlas.app.loads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Where each measure's counts come from now: which run, which loader and file, who started it and
 * when (a measure fed by several runs shows the latest).
 */
class MeasureSourcesPanel extends Div {

  /** One measure and the run its counts come from. */
  record Source(String topic, String measure, LoadRunRecord run) {

    String file() {
      return run.parameters()
          .lines()
          .filter(l -> l.startsWith("file="))
          .map(l -> l.substring("file=".length()))
          .findFirst()
          .orElse(run.sources().replace("\n", " · "));
    }
  }

  private final Grid<Source> grid = new Grid<>();

  MeasureSourcesPanel(Function<LoadRunRecord, String> time) {
    addClassName("va-measure-sources");
    add(new H2(getTranslation("loads.measures.title")));
    grid.setId("measure-sources");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(Source::topic)
        .setHeader(getTranslation("loads.measures.topic"))
        .setAutoWidth(true);
    grid.addColumn(Source::measure)
        .setHeader(getTranslation("loads.measures.measure"))
        .setAutoWidth(true);
    grid.addColumn(s -> "#" + s.run().id() + " " + s.run().loaderId())
        .setHeader(getTranslation("loads.measures.run"))
        .setAutoWidth(true);
    grid.addColumn(Source::file).setHeader(getTranslation("loads.measures.file")).setFlexGrow(2);
    grid.addColumn(
            s ->
                s.run().startedBy() == null
                    ? getTranslation("loads.startedBy.platform")
                    : s.run().startedBy())
        .setHeader(getTranslation("loads.startedBy"))
        .setAutoWidth(true);
    grid.addColumn(s -> time.apply(s.run()))
        .setHeader(getTranslation("loads.started"))
        .setAutoWidth(true);
    // Every measure of every topic (imported indicators' values too): a scrolling list, not a page
    // tens of thousands of pixels long.
    grid.setHeight("420px");
    add(grid);
  }

  /** Shows the sources of these topics' measures. */
  void show(
      List<InstalledTopic> topics, RunDataRepository data, LoadRunRepository runs, Locale locale) {
    List<Source> sources = new ArrayList<>();
    for (InstalledTopic topic : topics) {
      for (Map.Entry<String, Long> e : data.currentRuns(topic.id()).entrySet()) {
        runs.find(e.getValue())
            .ifPresent(
                run ->
                    sources.add(
                        new Source(
                            topic.title().get(locale), measure(topic, e.getKey(), locale), run)));
      }
    }
    grid.setItems(sources);
  }

  /** A measure's title; an imported indicator's published values as such. */
  private String measure(InstalledTopic topic, String measureId, Locale locale) {
    String published = "published:";
    if (measureId.startsWith(published)) {
      String indicator = measureId.substring(published.length());
      return getTranslation(
          "loads.measures.published",
          topic.indicator(indicator).map(i -> i.title().get(locale)).orElse(indicator));
    }
    return topic.measure(measureId).map(m -> m.title().get(locale)).orElse(measureId);
  }
}
