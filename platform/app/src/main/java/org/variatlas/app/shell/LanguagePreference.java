package org.variatlas.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * The user's language: chosen with the language switch, kept in the session and in a cookie so that
 * it survives new sessions. Without a choice Vaadin picks the best match of the browser's languages
 * among nb, nn and en (Bokmål when none matches).
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

  static final String COOKIE = "variatlas-lang";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(e -> fromCookie().ifPresent(e.getUI()::setLocale));
  }

  /** Switches the language of this session and reloads the page in it. */
  public static void choose(Locale locale) {
    Locale language = VariatlasI18NProvider.supported(locale);
    VaadinSession.getCurrent().setLocale(language);
    VaadinResponse response = VaadinService.getCurrentResponse();
    if (response != null) {
      Cookie cookie = new Cookie(COOKIE, language.getLanguage());
      cookie.setPath("/");
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    UI ui = UI.getCurrent();
    ui.setLocale(language);
    ui.getPage().reload();
  }

  private static java.util.Optional<Locale> fromCookie() {
    VaadinRequest request = VaadinService.getCurrentRequest();
    if (request == null || request.getCookies() == null) {
      return java.util.Optional.empty();
    }
    for (Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        Locale locale = VariatlasI18NProvider.supported(Locale.forLanguageTag(c.getValue()));
        VaadinSession.getCurrent().setLocale(locale);
        return java.util.Optional.of(locale);
      }
    }
    return java.util.Optional.empty();
  }
}
