package org.variatlas.app.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicPage;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The shell around every page: product name, the topic switcher (one link per served topic), the
 * language switch, the tool links the user may open, sign-in or the signed-in user with sign-out,
 * and a footer.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

  private final Main content = new Main();
  private final Nav topicLinks = new Nav();
  private Component links;

  private final AuthenticationContext authentication;
  private final TopicRegistry topics;
  private HasElement shown;
  private Runnable stopListening;

  public MainLayout(TopicRegistry topics, AuthenticationContext authentication) {
    this.authentication = authentication;
    this.topics = topics;
    addClassName("va-shell");
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    getElement().setAttribute("lang", locale.getLanguage());
    content.addClassName("va-content");
    add(header(topics, locale), content, footer());
  }

  private void fillTopicLinks(List<InstalledTopic> visible, Locale locale) {
    topicLinks.removeAll();
    for (InstalledTopic topic : visible) {
      Anchor link = new Anchor(Routes.topic(topic.id()), topic.title().get(locale));
      link.addClassName("va-topic-link");
      link.getElement().setAttribute("data-topic", topic.id());
      if (topics.isDraft(topic.id())) {
        link.addClassName("va-topic-link-draft");
        Span badge = new Span(getTranslation("lifecycle.draft.badge"));
        badge.addClassName("va-draft-badge");
        link.add(badge);
      }
      topicLinks.add(link);
    }
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

    Nav nav = topicLinks;
    nav.addClassName("va-topics");
    nav.getElement().setAttribute("aria-label", getTranslation("nav.topics"));
    fillTopicLinks(topics.visibleTopics(), locale);

    links = links();
    Div tools =
        new Div(new IndicatorSearch(topics, locale), languageSwitch(locale), links, account());
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

  /**
   * The tool links: every view annotated with {@code @Menu} that the current user may open (Vaadin
   * filters the entries by the views' access rules). A menu title is an i18n key.
   */
  private Component links() {
    Div links = new Div();
    links.addClassName("va-tool-links");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
      link.addClassName("va-tool-link");
      links.add(link);
    }
    return links;
  }

  /** "Sign in" for visitors; the user's name and "Sign out" for a signed-in user. */
  private Component account() {
    Div account = new Div();
    account.addClassName("va-account");
    account.setId("account");
    if (!authentication.isAuthenticated()) {
      Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
      signIn.addClassName("va-tool-link");
      signIn.setId("sign-in");
      account.add(signIn);
      return account;
    }
    String name = authentication.getPrincipalName().orElse("");
    Span user = new Span(name);
    user.addClassName("va-account-name");
    user.setId("signed-in-user");
    user.getElement().setAttribute("title", getTranslation("nav.signedInAs", name));
    Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
    signOut.addClassName("va-sign-out");
    signOut.setId("sign-out");
    account.add(user, signOut);
    return account;
  }

  private Footer footer() {
    Footer footer = new Footer();
    footer.addClassName("va-footer");
    Span text = new Span(getTranslation("footer.text"));
    RouterLink about = new RouterLink(getTranslation("nav.about"), AboutView.class);
    Anchor api = new Anchor("v3/api-docs", getTranslation("footer.api"));
    api.setRouterIgnore(true);
    footer.add(text, about, api);
    return footer;
  }

  /** Marks the topic link of the page shown, as a RouterLink's highlight would. */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    String path = event.getLocation().getPath();
    topicLinks
        .getChildren()
        .forEach(
            link -> {
              String href = link.getElement().getAttribute("href");
              boolean here = path.equals(href) || path.startsWith(href + "/");
              link.getElement().setAttribute("highlight", here);
              if (here) {
                link.getElement().setAttribute("aria-current", "page");
              } else {
                link.getElement().removeAttribute("aria-current");
              }
            });
    links
        .getChildren()
        .forEach(
            link ->
                link.getElement()
                    .setAttribute(
                        "highlight", path.equals(link.getElement().getAttribute("href"))));
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    shown = view;
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }

  /**
   * While the page is open, a topic that is removed, disabled or unpublished under it is replaced
   * by "this topic is no longer available" (sent with the next response), and the topic links
   * follow the registry.
   */
  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    Authentication viewer = topics.currentViewer();
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    stopListening = topics.addListener(() -> ui.access(() -> topicsChanged(viewer, locale)));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (stopListening != null) {
      stopListening.run();
      stopListening = null;
    }
  }

  private void topicsChanged(Authentication viewer, Locale locale) {
    fillTopicLinks(topics.visibleTopics(viewer), locale);
    if (shown instanceof TopicPage page
        && page.shownTopicId() != null
        && topics.visibleTopic(page.shownTopicId(), viewer).isEmpty()) {
      content.getElement().removeAllChildren();
      content.add(new TopicGoneNotice());
      shown = null;
    }
  }
}
