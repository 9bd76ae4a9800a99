package org.variatlas.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found" inside the shell, with a way back, instead of Vaadin's bare error page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    removeAll();
    addClassName("va-not-found");
    String message = error.hasCustomMessage() ? error.getCustomMessage() : "";
    add(
        new H1(getTranslation("notFound.title")),
        new Paragraph(message.isBlank() ? getTranslation("notFound.text") : message),
        new RouterLink(getTranslation("notFound.home"), HomeView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notFound.title") + " – " + getTranslation("app.name");
  }
}
