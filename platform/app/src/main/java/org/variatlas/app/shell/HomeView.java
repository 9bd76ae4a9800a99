package org.variatlas.app.shell;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.text.Markdown;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/** The front page: what the atlas is, and one card per served topic. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

  public HomeView(TopicRegistry topics) {
    addClassName("va-home");
    Locale locale = VariatlasI18NProvider.supported(getLocale());

    H1 title = new H1(getTranslation("home.title"));
    Paragraph lead = new Paragraph(getTranslation("home.lead"));
    lead.addClassName("va-lead");
    Div intro = new Div(title, lead);
    intro.addClassName("va-intro");
    add(intro);

    H2 heading = new H2(getTranslation("home.topics"));
    Div cards = new Div();
    cards.addClassName("va-cards");
    List<InstalledTopic> visible = topics.visibleTopics();
    for (InstalledTopic topic : visible) {
      Anchor card = new Anchor(Routes.topic(topic.id()), "");
      card.addClassName("va-card");
      card.getElement().setAttribute("data-topic", topic.id());
      Span cardTitle = new Span(topic.title().get(locale));
      cardTitle.addClassName("va-card-title");
      Html description = new Html(Markdown.toHtml(firstParagraph(topic.description().get(locale))));
      Span count = new Span(getTranslation("home.indicatorCount", topic.indicators().size()));
      count.addClassName("va-card-meta");
      card.add(cardTitle, description, count);
      if (topics.isDraft(topic.id())) {
        Span badge = new Span(getTranslation("lifecycle.draft.badge"));
        badge.addClassName("va-draft-badge");
        card.addComponentAtIndex(0, badge);
        card.addClassName("va-card-draft");
      }
      cards.add(card);
    }
    if (visible.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("home.noTopics"));
      none.addClassName("va-empty");
      cards.add(none);
    }
    add(heading, cards);
  }

  private static String firstParagraph(String markdown) {
    int end = markdown.indexOf("\n\n");
    return end < 0 ? markdown : markdown.substring(0, end);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name") + " – " + getTranslation("app.tagline");
  }
}
