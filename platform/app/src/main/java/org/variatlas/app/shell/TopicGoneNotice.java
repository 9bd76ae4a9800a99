package org.variatlas.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;

/** What replaces an open topic page when its topic is removed, disabled or unpublished. */
public class TopicGoneNotice extends Div {

  public TopicGoneNotice() {
    addClassName("va-topic-gone");
    getElement().setAttribute("role", "alert");
    add(
        new H1(getTranslation("lifecycle.topic.gone")),
        new RouterLink(getTranslation("lifecycle.topic.goneHome"), HomeView.class));
  }
}
