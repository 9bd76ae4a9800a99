package org.variatlas.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.variatlas.app.i18n.LanguageResolver;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * The page's language, as {@link LanguageResolver} decides it, and kept in the address: every page
 * is shown in the language of its {@code ?lang=} parameter (or the visitor's earlier choice), and
 * the address bar always carries {@code lang}, so that a copied link opens in the same language.
 * The language switch reloads the page with the new {@code lang}.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

  private final LanguageResolver resolver;

  public LanguagePreference(LanguageResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            e -> {
              UI ui = e.getUI();
              Locale language = language(VaadinRequest.getCurrent());
              ui.setLocale(language);
              VaadinSession.getCurrent().setLocale(language);
              ui.addAfterNavigationListener(
                  nav -> keepInAddress(ui, nav.getLocation(), ui.getLocale()));
            });
  }

  /**
   * The language of a new page: the {@code lang} of the address the browser opened (Vaadin sends it
   * as the {@code location} of its first request), else what the resolver says.
   */
  private Locale language(VaadinRequest request) {
    if (request == null) {
      return VariatlasI18NProvider.LOCALES.get(0);
    }
    String location = request.getParameter("location");
    if (location != null) {
      Optional<Locale> fromAddress =
          first(new Location(location).getQueryParameters(), LanguageResolver.PARAMETER)
              .flatMap(LanguageResolver::fromText);
      if (fromAddress.isPresent()) {
        return fromAddress.get();
      }
    }
    return request instanceof VaadinServletRequest servlet
        ? resolver.resolveLocale(servlet.getHttpServletRequest())
        : VariatlasI18NProvider.supported(request.getLocale());
  }

  /** Adds {@code lang} to the address bar where a page was opened without it. */
  private static void keepInAddress(UI ui, Location location, Locale language) {
    if (first(location.getQueryParameters(), LanguageResolver.PARAMETER).isPresent()) {
      return;
    }
    ui.getPage()
        .getHistory()
        .replaceState(
            null,
            new Location(
                location.getPath(), withLanguage(location.getQueryParameters(), language)));
  }

  /** The query parameters with {@code lang} set to the language (last, replacing any). */
  public static QueryParameters withLanguage(QueryParameters query, Locale language) {
    Map<String, List<String>> params = new LinkedHashMap<>(query.getParameters());
    params.remove(LanguageResolver.PARAMETER);
    params.put(
        LanguageResolver.PARAMETER,
        List.of(VariatlasI18NProvider.supported(language).getLanguage()));
    return new QueryParameters(params);
  }

  /** The parameters with {@code lang} of the current UI's language. */
  public static QueryParameters withLanguage(Map<String, List<String>> params) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    Locale language = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
    return withLanguage(new QueryParameters(copy), language);
  }

  /** Switches to a language: reloads the page as it is, with the new {@code lang}. */
  public static void choose(Locale locale) {
    Locale language = VariatlasI18NProvider.supported(locale);
    UI.getCurrent()
        .getPage()
        .executeJs(
            "const u = new URL(window.location.href); u.searchParams.set($0, $1);"
                + " window.location.assign(u.toString());",
            LanguageResolver.PARAMETER,
            language.getLanguage());
  }

  private static Optional<String> first(QueryParameters query, String name) {
    List<String> values = query.getParameters().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
