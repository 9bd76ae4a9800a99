package org.variatlas.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.variatlas.app.SharedApp;

/**
 * Every Vaadin route and every {@code @RequestMapping} of the running app has its row in the {@link
 * AccessTable}, and every view's {@code @AnonymousAllowed}/{@code @RolesAllowed} says what its row
 * says: a new page or endpoint cannot ship unprotected.
 */
class AccessTableIT extends SharedApp {

  @Autowired ServletContext servletContext;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** A route or an endpoint as the app registered it. */
  record Registered(String route, Class<?> view, String pattern, HttpMethod method) {}

  @Test
  void every_route_and_endpoint_of_the_app_is_in_the_access_table() {
    List<Registered> registered = new ArrayList<>(routes());
    registered.addAll(endpoints());
    assertThat(registered).as("routes and endpoints found").hasSizeGreaterThan(15);
    assertThat(problems(registered)).isEmpty();
  }

  @Test
  void a_new_route_without_a_row_or_with_the_wrong_annotation_is_reported() {
    @AnonymousAllowed
    class Unlisted {}
    @RolesAllowed("PARTNER")
    class WrongRoles {}
    class NoAnnotation {}
    assertThat(
            problems(
                List.of(
                    new Registered("admin/secret", NoAnnotation.class, null, null),
                    new Registered("admin/users", WrongRoles.class, null, null),
                    new Registered("about", NoAnnotation.class, null, null),
                    new Registered(null, null, "/api/v1/secret", HttpMethod.GET),
                    new Registered(null, null, "/api/v1/loads", HttpMethod.POST))))
        .hasSize(5);
    assertThat(problems(List.of(new Registered("embed/x/:y", Unlisted.class, null, null))))
        .isEmpty();
  }

  /** What is wrong, one line per route or endpoint. */
  static List<String> problems(List<Registered> registered) {
    List<String> problems = new ArrayList<>();
    for (Registered r : registered) {
      if (r.route() != null) {
        var row = AccessTable.route(r.route());
        if (row.isEmpty()) {
          problems.add("route '" + r.route() + "' (" + r.view().getName() + ") has no row");
          continue;
        }
        String says = annotation(r.view());
        String should =
            row.get().access().anonymous()
                ? "@AnonymousAllowed"
                : "@RolesAllowed" + new TreeSet<>(Arrays.asList(row.get().access().roleNames()));
        if (!says.equals(should)) {
          problems.add("route '" + r.route() + "': the view says " + says + ", its row " + should);
        }
      } else if (AccessTable.endpoint(r.pattern(), r.method()).isEmpty()) {
        problems.add(
            "endpoint "
                + (r.method() == null ? "(any method)" : r.method())
                + " "
                + r.pattern()
                + " has no row");
      }
    }
    return problems;
  }

  private static String annotation(Class<?> view) {
    if (view.isAnnotationPresent(AnonymousAllowed.class)) {
      return "@AnonymousAllowed";
    }
    RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
    return roles == null
        ? "(no access annotation: nobody may open it)"
        : "@RolesAllowed" + new TreeSet<>(Arrays.asList(roles.value()));
  }

  private List<Registered> routes() {
    ApplicationRouteRegistry registry =
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    List<Registered> out = new ArrayList<>();
    for (RouteData route : registry.getRegisteredRoutes()) {
      out.add(new Registered(route.getTemplate(), route.getNavigationTarget(), null, null));
    }
    return out;
  }

  private List<Registered> endpoints() {
    List<Registered> out = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          out.add(new Registered(null, null, pattern, null));
        }
        for (RequestMethod m : methods) {
          out.add(new Registered(null, null, pattern, m.asHttpMethod()));
        }
      }
    }
    return out;
  }
}
