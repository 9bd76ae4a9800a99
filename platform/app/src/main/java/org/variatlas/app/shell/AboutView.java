package org.variatlas.app.shell;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.text.Markdown;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * "About the data": every source the atlas reads, what it is used for, its licence and the
 * attribution its provider asks for (see the SOURCES.md files of the data directory).
 */
@Route(value = "about", layout = MainLayout.class)
@Menu(title = "nav.about", order = 1)
@AnonymousAllowed
public class AboutView extends Div implements HasDynamicTitle {

  /** One source: an i18n key for its name and use, the attribution text, licence, link. */
  record Source(String key, String attribution, String licence, String url) {}

  static final List<Source> SOURCES =
      List.of(
          new Source(
              "kartverket",
              "Contains data from Kartverket (CC BY 4.0), processed by"
                  + " github.com/robhop/fylker-og-kommuner",
              "CC BY 4.0",
              "https://github.com/robhop/fylker-og-kommuner"),
          new Source(
              "mapnorway",
              "Copyright (c) 2025 MapNorway authors (github.com/gbiele/MapNorway)",
              "MIT",
              "https://github.com/gbiele/MapNorway"),
          new Source(
              "boomr",
              "Opptaksområde-mapping: SKDE (github.com/SKDE-Analyse/sas_codes), GPL-3.0",
              "GPL-3.0",
              "https://github.com/SKDE-Analyse/sas_codes"),
          new Source(
              "skdemaps",
              "Opptaksområder: SKDE Helseatlas (github.com/mong/mongts), GPL-3.0",
              "GPL-3.0",
              "https://github.com/mong/mongts"),
          new Source(
              "helseatlaskart",
              "Copyright (c) 2018-2019 Helseatlas https://github.com/Helseatlas/kart",
              "MIT",
              "https://github.com/Helseatlas/kart"),
          new Source(
              "ssb",
              "Source: Statistics Norway (SSB), StatBank tables 07459 and 10826; repackaged by"
                  + " csdata (Folkehelseinstituttet, MIT)",
              "NLOD 2.0 / CC BY 4.0; csdata: MIT",
              "https://github.com/niphr/csdata"),
          new Source(
              "esp",
              "European Standard Population 2013 (Eurostat)",
              "Eurostat: reuse with acknowledgement",
              "https://ec.europa.eu/eurostat/web/products-manuals-and-guidelines/-/ks-ra-13-028"),
          new Source(
              "helseatlas",
              "Helseatlas, SKDE (Helse Nord) and Helse Førde; data from the Norwegian Patient"
                  + " Registry (NPR), KPR/KUHR and Statistics Norway (SSB). Atlas data: mong/mongts"
                  + " (GPL-3.0); InstantAtlas data: Copyright (c) 2018-2019 Helseatlas (MIT)",
              "GPL-3.0 / MIT",
              "https://www.skde.no/helseatlas/"),
          new Source(
              "peervectors",
              "Test vectors from UKHSA PHEindicatormethods (GPL-3) and sava (Tobias Schoch,"
                  + " GPL >= 2 / BSD-2)",
              "GPL-3 / GPL-2 / BSD-2",
              "https://github.com/ukhsa-collaboration/PHEindicatormethods"));

  static final String MIT_TEXT =
      """
      Permission is hereby granted, free of charge, to any person obtaining a copy of this \
      software and associated documentation files (the "Software"), to deal in the Software \
      without restriction, including without limitation the rights to use, copy, modify, merge, \
      publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons \
      to whom the Software is furnished to do so, subject to the following conditions:

      The above copyright notice and this permission notice shall be included in all copies or \
      substantial portions of the Software.

      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, \
      INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR \
      PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE \
      FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR \
      OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER \
      DEALINGS IN THE SOFTWARE.
      """;

  public AboutView(
      VariatlasProperties properties, AuthenticationContext authentication, TopicRegistry topics) {
    addClassName("va-about");
    add(new H1(getTranslation("about.title")));
    Paragraph lead = new Paragraph(getTranslation("about.lead"));
    lead.addClassName("va-lead");
    add(lead);

    add(new H2(getTranslation("about.sources")));
    Div list = new Div();
    list.addClassName("va-sources");
    for (Source source : SOURCES) {
      Div item = new Div();
      item.addClassName("va-source");
      item.getElement().setAttribute("data-source", source.key());
      H3 name = new H3(getTranslation("about.source." + source.key() + ".name"));
      Paragraph use = new Paragraph(getTranslation("about.source." + source.key() + ".use"));
      Paragraph attribution = new Paragraph(source.attribution());
      attribution.addClassName("va-attribution");
      Div meta = new Div();
      meta.addClassName("va-source-meta");
      meta.add(
          new Html(
              "<span>"
                  + getTranslation("about.licence")
                  + ": <strong>"
                  + escape(source.licence())
                  + "</strong></span>"));
      Anchor link = new Anchor(source.url(), source.url());
      link.setTarget("_blank");
      meta.add(link);
      item.add(name, use, attribution, meta);
      list.add(item);
    }
    add(list);
    topicSources(topics);

    add(new H2(getTranslation("about.methods")));
    add(new Html(Markdown.toHtml(getTranslation("about.methods.text"))));

    add(new H2(getTranslation("about.licences")));
    add(new Paragraph(getTranslation("about.licences.text")));
    Details mit = new Details(getTranslation("about.mit"), new Pre(MIT_TEXT));
    mit.addClassName("va-licence");
    add(mit);

    // Server paths only for those who run the server.
    if (authentication.hasAnyRole("ADMIN", "EDITOR")) {
      Paragraph dataDir =
          new Paragraph(getTranslation("about.dataDir", properties.dataDirectory().toString()));
      dataDir.addClassName("va-muted");
      add(dataDir);
    }
  }

  /** The sources the topic plugins credit, by topic. */
  private void topicSources(TopicRegistry topics) {
    List<InstalledTopic> crediting =
        topics.topics().stream().filter(t -> !t.sources().isEmpty()).toList();
    if (crediting.isEmpty()) {
      return;
    }
    Locale locale = getLocale();
    add(new H2(getTranslation("about.topicSources")));
    for (InstalledTopic topic : crediting) {
      Div group = new Div(new H3(topic.title().get(locale)));
      group.addClassName("va-topic-sources");
      group.getElement().setAttribute("data-topic", topic.id());
      group.add(DataSources.list(topic.sources(), locale, getTranslation("about.licence")));
      add(group);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("about.title") + " – " + getTranslation("app.name");
  }
}
