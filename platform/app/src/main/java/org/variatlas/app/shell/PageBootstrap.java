package org.variatlas.app.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.variatlas.app.i18n.LanguageResolver;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The HTML page every route starts from, before the browser renders the view: {@code <html lang>}
 * in the page's language, a {@code <title>}, and HTTP 404 for an address that shows no page (an
 * unknown route, topic or indicator), so that search engines and link checkers see it too. A {@code
 * ?lang=} in the address is remembered as the visitor's choice.
 */
@Component
class PageBootstrap implements VaadinServiceInitListener {

  private final LanguageResolver resolver;
  private final VariatlasI18NProvider i18n;
  private final TopicRegistry topics;

  PageBootstrap(LanguageResolver resolver, VariatlasI18NProvider i18n, TopicRegistry topics) {
    this.resolver = resolver;
    this.i18n = i18n;
    this.topics = topics;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(this::modify);
  }

  private void modify(IndexHtmlResponse page) {
    if (!(page.getVaadinRequest() instanceof VaadinServletRequest servlet)) {
      return;
    }
    HttpServletRequest request = servlet.getHttpServletRequest();
    Locale language = resolver.resolveLocale(request);
    if (request.getParameter(LanguageResolver.PARAMETER) != null) {
      page.getVaadinResponse().addCookie(LanguageResolver.cookie(language));
    }
    page.getDocument().selectFirst("html").attr("lang", language.getLanguage());
    String path = path(request);
    boolean found = exists(path, page);
    String title =
        found
            ? i18n.getTranslation("app.name", language)
            : i18n.getTranslation("notFound.title", language)
                + " – "
                + i18n.getTranslation("app.name", language);
    page.getDocument().title(title);
    if (!found) {
      page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return uri.startsWith("/") ? uri.substring(1) : uri;
  }

  /** Whether a route shows something at this path (topics and indicators must exist). */
  boolean exists(String path, IndexHtmlResponse page) {
    String clean = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    List<String> parts = List.of(clean.split("/"));
    if (parts.get(0).equals("topic") || parts.get(0).equals("embed")) {
      return topicPageExists(parts.subList(1, parts.size()));
    }
    RouteConfiguration routes =
        RouteConfiguration.forRegistry(
            ApplicationRouteRegistry.getInstance(
                page.getVaadinRequest().getService().getContext()));
    return clean.isEmpty() || routes.isPathAvailable(clean);
  }

  private boolean topicPageExists(List<String> parts) {
    if (parts.isEmpty() || parts.size() > 2) {
      return false;
    }
    InstalledTopic topic = topics.visibleTopic(parts.get(0)).orElse(null);
    if (topic == null) {
      return false;
    }
    return parts.size() == 1
        || parts.get(1).equals("factsheet")
        || topic.indicator(parts.get(1)).isPresent();
  }
}
