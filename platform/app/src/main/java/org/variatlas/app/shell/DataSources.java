package org.variatlas.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.variatlas.api.model.DataSource;

/**
 * The data sources a topic credits, as the page about the data lists the platform's own: name, use,
 * the attribution as the source asks for it, licence and link.
 */
public final class DataSources {

  private DataSources() {}

  /**
   * The list (class {@code va-sources}), one item per source.
   *
   * @param licenceLabel the translated word for "licence"
   */
  public static Div list(List<DataSource> sources, Locale locale, String licenceLabel) {
    Div list = new Div();
    list.addClassName("va-sources");
    for (DataSource source : sources) {
      list.add(item(source, locale, licenceLabel));
    }
    return list;
  }

  private static Div item(DataSource source, Locale locale, String licenceLabel) {
    Div item = new Div();
    item.addClassName("va-source");
    item.add(new H3(source.name().get(locale)));
    if (source.use() != null) {
      item.add(new Paragraph(source.use().get(locale)));
    }
    Paragraph attribution = new Paragraph(source.attribution().get(locale));
    attribution.addClassName("va-attribution");
    item.add(attribution);
    Div meta = new Div();
    meta.addClassName("va-source-meta");
    if (source.licence() != null) {
      meta.add(new Span(licenceLabel + ": " + source.licence()));
    }
    if (source.url() != null) {
      Anchor link = new Anchor(source.url(), source.url());
      link.setTarget("_blank");
      meta.add(link);
    }
    if (meta.getComponentCount() > 0) {
      item.add(meta);
    }
    return item;
  }
}
