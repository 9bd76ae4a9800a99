package org.variatlas.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.security.Actors;

/**
 * The page a browser gets when a request ends in an error before it reaches a view: most often a
 * signed-in user opening a page their roles do not allow (the request rules answer 403 before
 * Vaadin runs), or an address outside the views. It speaks the visitor's language, looks like the
 * atlas, says who is signed in and offers the ways on, instead of Spring Boot's "Whitelabel Error
 * Page". It reveals no more than the status: no exception, message or path.
 *
 * <p>The API's errors stay JSON ({@link ApiNotFoundController}); this resolver is asked only for
 * requests that accept HTML.
 */
@Component
class ErrorPage implements ErrorViewResolver {

  /** The sign-in page, where a signed-in user may sign in as someone else. */
  private static final String SIGN_IN = "/login";

  private final VariatlasI18NProvider texts;
  private final LocaleResolver languages;

  ErrorPage(VariatlasI18NProvider texts, LocaleResolver languages) {
    this.texts = texts;
    this.languages = languages;
  }

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Locale locale = VariatlasI18NProvider.supported(languages.resolveLocale(request));
    String user = signedInUser();
    ModelAndView page = new ModelAndView(new Html(render(kind(status), locale, user)));
    page.setStatus(status);
    return page;
  }

  /** The three pages there are: not allowed, not found and everything else. */
  static String kind(HttpStatus status) {
    return switch (status) {
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
      default -> status.is4xxClientError() ? "badRequest" : "failed";
    };
  }

  private String render(String kind, Locale locale, String user) {
    String title = text("error." + kind + ".title", locale);
    StringBuilder ways = new StringBuilder();
    ways.append(link("/", text("error.home", locale), "va-error-primary"));
    if ("forbidden".equals(kind)) {
      ways.append(link(SIGN_IN, text("error.otherUser", locale), ""));
    }
    String who =
        user == null
            ? ""
            : "<p class=\"va-error-who\">"
                + escape(text("error.signedInAs", locale, user))
                + "</p>";
    return """
        <!doctype html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s – %s</title>
        <style>%s</style>
        </head>
        <body>
        <header><a class="va-error-brand" href="/">%s</a></header>
        <main>
        <h1>%s</h1>
        <p>%s</p>
        %s
        <nav>%s</nav>
        </main>
        </body>
        </html>
        """
        .formatted(
            locale.getLanguage(),
            escape(title),
            escape(text("app.name", locale)),
            STYLE,
            escape(text("app.name", locale)),
            escape(title),
            escape(text("error." + kind + ".text", locale)),
            who,
            ways);
  }

  private String text(String key, Locale locale, Object... params) {
    return texts.getTranslation(key, locale, params);
  }

  private static String link(String href, String label, String cssClass) {
    return "<a class=\"%s\" href=\"%s\">%s</a>".formatted(cssClass, href, escape(label));
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  private static String signedInUser() {
    Authentication who = Actors.current();
    return who == null ? null : who.getName();
  }

  /** The page's own few rules: it must look right without the application's theme or scripts. */
  private static final String STYLE =
      """
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
      color:#1b2733;background:#f5f7fa;line-height:1.5}\
      header{background:#fff;border-bottom:1px solid #dbe2ea;padding:14px 24px}\
      .va-error-brand{font-weight:700;font-size:1.25rem;color:#1f5f8b;text-decoration:none}\
      main{max-width:40rem;margin:48px auto;padding:32px;background:#fff;border:1px solid #dbe2ea;\
      border-radius:10px;box-shadow:0 1px 3px rgba(16,24,40,.08)}\
      h1{margin:0 0 8px;font-size:1.6rem}\
      .va-error-who{color:#5b6b7b}\
      nav{display:flex;flex-wrap:wrap;gap:12px;margin-top:24px}\
      nav a{padding:8px 16px;border-radius:6px;border:1px solid #1f5f8b;color:#1f5f8b;\
      text-decoration:none;font-weight:600}\
      nav a.va-error-primary{background:#1f5f8b;color:#fff}\
      a:focus-visible{outline:3px solid #e9b949;outline-offset:2px}\
      @media (max-width:600px){main{margin:16px;padding:20px}}""";

  /** Writes the prepared page; the status is already set by Spring Boot's error controller. */
  private record Html(String page) implements View {

    @Override
    public String getContentType() {
      return "text/html;charset=UTF-8";
    }

    @Override
    public void render(
        Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType(getContentType());
      response.getWriter().write(page);
    }
  }
}
