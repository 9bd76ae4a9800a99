package org.variatlas.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The shell around every page: product name, the topic switcher (one link per served topic), the
 * language switch, links to "About the data" and the plugin list, and a footer.
 */
public class MainLayout extends Div implements RouterLayout {

  private final Main content = new Main();

  public MainLayout(TopicRegistry topics) {
    addClassName("va-shell");
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    getElement().setAttribute("lang", locale.getLanguage());
    content.addClassName("va-content");
    add(header(topics, locale), content, footer());
  }

  private Header header(TopicRegistry topics, Locale locale) {
    Header header = new Header();
    header.addClassName("va-header");

    RouterLink brand = new RouterLink("", HomeView.class);
    brand.addClassName("va-brand");
    Image logo = new Image("icons/variatlas.svg", "");
    logo.addClassName("va-logo");
    Span name = new Span(getTranslation("app.name"));
    name.addClassName("va-brand-name");
    Span tagline = new Span(getTranslation("app.tagline"));
    tagline.addClassName("va-brand-tagline");
    Div words = new Div(name, tagline);
    words.addClassName("va-brand-words");
    brand.add(logo, words);

    Nav nav = new Nav();
    nav.addClassName("va-topics");
    nav.getElement().setAttribute("aria-label", getTranslation("nav.topics"));
    for (InstalledTopic topic : topics.topics()) {
      RouterLink link = new RouterLink(topic.title().get(locale), TopicView.class, TopicView.parameters(topic.id()));
      link.setHighlightCondition(HighlightConditions.locationPrefix("topic/" + topic.id()));
      link.addClassName("va-topic-link");
      link.getElement().setAttribute("data-topic", topic.id());
      nav.add(link);
    }

    Div tools = new Div(languageSwitch(locale), links());
    tools.addClassName("va-tools");

    Div bar = new Div(brand, tools);
    bar.addClassName("va-header-bar");
    header.add(bar, nav);
    return header;
  }

  private Component languageSwitch(Locale current) {
    Div group = new Div();
    group.addClassName("va-language");
    group.getElement().setAttribute("role", "group");
    group.getElement().setAttribute("aria-label", getTranslation("language.label"));
    for (Locale locale : VariatlasI18NProvider.LOCALES) {
      String code = locale.getLanguage();
      Button b = new Button(getTranslation("language." + code));
      b.addClassName("va-language-option");
      b.getElement().setAttribute("lang", code);
      b.getElement().setAttribute("data-lang", code);
      boolean active = code.equals(current.getLanguage());
      b.getElement().setAttribute("aria-pressed", Boolean.toString(active));
      if (active) {
        b.addClassName("active");
      }
      b.addClickListener(e -> LanguagePreference.choose(locale));
      group.add(b);
    }
    return group;
  }

  private Component links() {
    RouterLink about = new RouterLink(getTranslation("nav.about"), AboutView.class);
    RouterLink plugins = new RouterLink(getTranslation("nav.plugins"), PluginsView.class);
    RouterLink loads = new RouterLink(getTranslation("nav.loads"), LoadsView.class);
    about.addClassName("va-tool-link");
    plugins.addClassName("va-tool-link");
    loads.addClassName("va-tool-link");
    Div links = new Div(about, plugins, loads);
    links.addClassName("va-tool-links");
    return links;
  }

  private Footer footer() {
    Footer footer = new Footer();
    footer.addClassName("va-footer");
    Span text = new Span(getTranslation("footer.text"));
    RouterLink about = new RouterLink(getTranslation("nav.about"), AboutView.class);
    Anchor api = new Anchor("api/v1/topics", getTranslation("footer.api"));
    api.setRouterIgnore(true);
    footer.add(text, about, api);
    return footer;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
