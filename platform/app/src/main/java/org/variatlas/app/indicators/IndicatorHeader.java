package org.variatlas.app.indicators;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.text.Markdown;

/**
 * The head of an indicator's page: where it sits (topic › chapter), its title, unit, period and
 * level, where the figures come from, and the patient selection ("utvalg").
 */
class IndicatorHeader extends Composite<Div> {

  IndicatorHeader(IndicatorPage page, LocalDate dataDate) {
    Div head = getContent();
    head.addClassName("va-indicator-head");
    head.add(breadcrumb(page));
    H1 title = new H1(page.title());
    title.setId("indicator-title");
    Paragraph unit = new Paragraph(page.unitLine(this));
    unit.addClassName("va-indicator-unit-line");
    unit.setId("indicator-unit");
    head.add(title, unit, provenance(page, dataDate));
    if (page.source() != null) {
      Paragraph source = new Paragraph(getTranslation("indicator.source") + ": " + page.source());
      source.addClassName("va-indicator-meta");
      source.setId("indicator-source");
      head.add(source);
    }
    IndicatorDefinition indicator = page.indicator();
    if (indicator.synthetic()) {
      Div notice = new Div(new Html(Markdown.toHtml(getTranslation("indicator.synthetic.notice"))));
      notice.addClassName("va-notice");
      notice.setId("indicator-synthetic");
      head.add(notice);
    }
    if (indicator.selection() != null) {
      Details selection =
          new Details(
              getTranslation("indicator.selection"),
              new Html(Markdown.toHtml(indicator.selection().get(page.locale()))));
      selection.setId("indicator-utvalg");
      selection.addClassName("va-utvalg");
      head.add(selection);
    }
  }

  /** Topic › chapter, the chapter left out where it would only repeat the topic. */
  private Nav breadcrumb(IndicatorPage page) {
    RouterLink topic =
        new RouterLink(
            page.topic().title().get(page.locale()),
            TopicView.class,
            TopicView.parameters(page.topic().id()));
    topic.addClassName("va-breadcrumb-link");
    Nav crumbs = new Nav(topic);
    crumbs.addClassName("va-breadcrumb");
    crumbs.getElement().setAttribute("aria-label", getTranslation("indicator.breadcrumb"));
    String chapter =
        page.topic().chapters().stream()
            .filter(c -> c.id().equals(page.indicator().chapterId()))
            .findFirst()
            .map(c -> c.title().get(page.locale()))
            .orElse("");
    if (!chapter.isBlank() && !chapter.equals(page.topic().title().get(page.locale()))) {
      Span separator = new Span("›");
      separator.getElement().setAttribute("aria-hidden", "true");
      crumbs.add(separator, new Span(chapter));
    }
    return crumbs;
  }

  private Paragraph provenance(IndicatorPage page, LocalDate dataDate) {
    List<String> meta = new ArrayList<>();
    boolean published = page.indicator().provenance() == Provenance.PUBLISHED;
    meta.add(
        getTranslation(
            published ? "indicator.provenance.published" : "indicator.provenance.computed"));
    if (dataDate != null) {
      meta.add(getTranslation("indicator.dataDate", Formats.date(dataDate, page.locale())));
    }
    Paragraph provenance = new Paragraph(String.join(" · ", meta));
    provenance.addClassName("va-indicator-meta");
    provenance.setId("indicator-provenance");
    return provenance;
  }
}
