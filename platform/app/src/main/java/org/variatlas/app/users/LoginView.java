package org.variatlas.app.users;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.variatlas.app.security.SignInOptions;
import org.variatlas.app.shell.MainLayout;

/**
 * The sign-in page: user name and password (posted to Spring Security's {@code /login}), and a link
 * per OpenID Connect provider when one is configured.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();

  public LoginView(SignInOptions options) {
    addClassName("va-login");
    add(new H1(getTranslation("login.title")));
    Paragraph lead = new Paragraph(getTranslation("login.lead"));
    lead.addClassName("va-lead");
    add(lead);

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.form"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    form.setI18n(i18n);
    form.setForgotPasswordButtonVisible(false);
    form.setAction("login");
    form.setId("login-form");
    add(form);

    for (SignInOptions.Provider provider : options.providers()) {
      Anchor link = new Anchor(provider.path(), getTranslation("login.with", provider.name()));
      link.setRouterIgnore(true);
      link.addClassName("va-login-provider");
      link.getElement().setAttribute("data-provider", provider.id());
      add(new Paragraph(link));
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " – " + getTranslation("app.name");
  }
}
