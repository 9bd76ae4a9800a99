package org.variatlas.app.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one place that decides the language of a request, for the HTTP API (Spring MVC passes the
 * {@link Locale} it resolves to controller methods) and for the pages (the shell asks it when a
 * page is loaded): the {@code lang} query parameter ({@code ?lang=nn}, so that a shared link keeps
 * its language), else the language the visitor chose before (a cookie), else the best match of the
 * browser's languages, else Bokmål. Always one of nb, nn and en.
 */
@Component("localeResolver")
public class LanguageResolver implements LocaleResolver {

  /** The query parameter that carries the language. */
  public static final String PARAMETER = "lang";

  /** What the API description says of the parameter. */
  public static final String DESCRIPTION =
      "The language: nb, nn or en. Without it, the language chosen before (a cookie), else the"
          + " best match of Accept-Language, else nb.";

  /** The cookie that remembers the visitor's choice. */
  public static final String COOKIE = "variatlas-lang";

  private static final int YEAR = 365 * 24 * 3600;

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return fromText(request.getParameter(PARAMETER))
        .or(() -> fromCookie(request.getCookies()))
        .orElseGet(() -> fromBrowser(request));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    if (response == null) {
      return;
    }
    response.addCookie(cookie(VariatlasI18NProvider.supported(locale)));
  }

  /** The cookie that remembers a language for a year. */
  public static Cookie cookie(Locale language) {
    Cookie cookie = new Cookie(COOKIE, language.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge(YEAR);
    cookie.setHttpOnly(true);
    return cookie;
  }

  /** A supported language from a code such as {@code nn} or {@code en-GB}; empty for others. */
  public static Optional<Locale> fromText(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(code.trim()).getLanguage();
    return VariatlasI18NProvider.LOCALES.stream()
        .filter(l -> l.getLanguage().equals(language) || ("no".equals(language) && l.equals(nb())))
        .findFirst();
  }

  /** The language a cookie remembers, if any. */
  public static Optional<Locale> fromCookie(Cookie[] cookies) {
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return fromText(c.getValue());
      }
    }
    return Optional.empty();
  }

  private static Locale fromBrowser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return nb();
    }
    var preferred = request.getLocales();
    while (preferred.hasMoreElements()) {
      Optional<Locale> match = fromText(preferred.nextElement().toLanguageTag());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return nb();
  }

  private static Locale nb() {
    return VariatlasI18NProvider.LOCALES.get(0);
  }
}
