package org.variatlas.app.factsheet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.KeyFigure;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.indicators.VariationPanel;
import org.variatlas.app.results.IndicatorTexts;
import org.variatlas.app.shell.DraftBanner;
import org.variatlas.app.shell.MainLayout;
import org.variatlas.app.shell.Routes;
import org.variatlas.app.shell.TopicRoute;
import org.variatlas.app.text.Markdown;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicPage;
import org.variatlas.app.topics.TopicRegistry;

/**
 * A topic's fact sheet as a page: the blocks the plugin composed, drawn with the UI kit, with print
 * (a print stylesheet leaves out the shell) and PDF download.
 */
@Route(value = Routes.FACT_SHEET, layout = MainLayout.class)
@CssImport("./variatlas-results.css")
@AnonymousAllowed
public class FactSheetPage extends Div implements BeforeEnterObserver, HasDynamicTitle, TopicPage {

  private final FactSheetService sheets;
  private final TopicRegistry topics;
  private InstalledTopic topic;

  public FactSheetPage(FactSheetService sheets, TopicRegistry topics) {
    this.sheets = sheets;
    this.topics = topics;
    addClassName("va-sheet");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    topic = TopicRoute.open(event, topics).orElse(null);
    if (topic == null) {
      return;
    }
    removeAll();
    if (topics.isDraft(topic.id())) {
      add(new DraftBanner());
    }
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    add(toolbar(locale));
    sheets
        .compose(topic.id(), locale)
        .ifPresentOrElse(
            blocks -> blocks.forEach(b -> add(render(b, locale))),
            () -> add(new Paragraph(getTranslation("factsheet.none"))));
  }

  @Override
  public String shownTopicId() {
    return topic == null ? null : topic.id();
  }

  private Component toolbar(Locale locale) {
    Button print = new Button(getTranslation("factsheet.print"));
    print.addClickListener(e -> getElement().executeJs("window.print()"));
    Anchor pdf =
        new Anchor(
            "api/v1/topics/" + topic.id() + "/factsheet.pdf?lang=" + locale.getLanguage(),
            getTranslation("factsheet.pdf"));
    pdf.setRouterIgnore(true);
    pdf.getElement().setAttribute("download", true);
    pdf.addClassName("va-button-link");
    Div bar = new Div(print, pdf);
    bar.addClassName("va-sheet-toolbar");
    return bar;
  }

  private Component render(SheetBlock block, Locale locale) {
    return block.render(
        new SheetBlock.Renderer<Component>() {
          @Override
          public Component title(SheetBlock.Title t) {
            Div head = new Div(new H1(t.title().get(locale)));
            if (t.subtitle() != null) {
              Paragraph subtitle = new Paragraph(t.subtitle().get(locale));
              subtitle.addClassName("va-lead");
              head.add(subtitle);
            }
            return head;
          }

          @Override
          public Component heading(SheetBlock.Heading h) {
            return new H2(h.text().get(locale));
          }

          @Override
          public Component text(SheetBlock.Text t) {
            return new Html(Markdown.toHtml(t.markdown().get(locale)));
          }

          @Override
          public Component notice(SheetBlock.Notice n) {
            Div notice = new Div(new Html(Markdown.toHtml(n.text().get(locale))));
            notice.addClassName("va-notice");
            return notice;
          }

          @Override
          public Component keyFigures(SheetBlock.KeyFigures k) {
            return FactSheetPage.this.keyFigures(k.figures(), locale);
          }

          @Override
          public Component rankedChart(SheetBlock.RankedChart r) {
            return FactSheetPage.this.rankedChart(r.results(), locale);
          }

          @Override
          public Component variation(SheetBlock.Variation v) {
            return new VariationPanel(v.results().variation(), locale);
          }

          @Override
          public Component selection(SheetBlock.Selection s) {
            return FactSheetPage.this.selection(s.indicator(), locale);
          }
        });
  }

  private Component keyFigures(List<KeyFigure> figures, Locale locale) {
    Div row = new Div();
    row.addClassName("va-key-figures");
    for (KeyFigure f : figures) {
      Span value = new Span(Formats.number(f.value(), f.decimals(), locale));
      value.addClassName("va-key-figure-value");
      Span label = new Span(f.label().get(locale));
      label.addClassName("va-key-figure-label");
      Div card = new Div(value, label);
      if (f.unit() != null) {
        Span unit = new Span(f.unit().get(locale));
        unit.addClassName("va-muted");
        card.add(unit);
      }
      card.addClassName("va-key-figure");
      row.add(card);
    }
    return row;
  }

  private Component rankedChart(IndicatorResults results, Locale locale) {
    RankedBarChart chart = new RankedBarChart();
    chart.setResults(results);
    chart.setWidthFull();
    Paragraph unit =
        new Paragraph(
            IndicatorTexts.unit(results.indicator(), locale, (k, p) -> getTranslation(k, p)));
    unit.addClassName("va-muted");
    Div box =
        new Div(
            new H3(results.indicator().title().get(locale) + " · " + results.period()),
            unit,
            chart);
    box.addClassName("va-sheet-chart");
    return box;
  }

  private Component selection(IndicatorDefinition indicator, Locale locale) {
    Div box = new Div(new H3(getTranslation("indicator.selection")));
    box.addClassName("va-selection");
    if (indicator.selection() != null) {
      box.add(new Html(Markdown.toHtml(indicator.selection().get(locale))));
    }
    String unit = IndicatorTexts.unit(indicator, locale, (k, p) -> getTranslation(k, p));
    String source =
        indicator.source() == null
            ? ""
            : " · " + getTranslation("indicator.source") + ": " + indicator.source().get(locale);
    Paragraph meta = new Paragraph(unit + source);
    meta.addClassName("va-muted");
    box.add(meta);
    return box;
  }

  @Override
  public String getPageTitle() {
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    return getTranslation("factsheet.title")
        + (topic == null ? "" : ": " + topic.title().get(locale))
        + " – "
        + getTranslation("app.name");
  }
}
