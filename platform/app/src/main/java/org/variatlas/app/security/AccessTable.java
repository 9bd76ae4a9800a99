package org.variatlas.app.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may do what: every Vaadin route and every HTTP endpoint of the atlas, with the roles that may
 * use it. {@link SecurityConfiguration} builds its request rules from these rows, and {@code
 * AccessTableTest} fails when a registered route or {@code @RequestMapping} has no row (or when a
 * view's {@code @AnonymousAllowed}/{@code @RolesAllowed} disagrees with its row), so that a new
 * page or endpoint cannot ship unprotected.
 *
 * <p>Rows for what other features are about to add (embedding, the SDK's Maven repository, audit,
 * plugin deployment, loader runs over HTTP) are here already: a row that matches nothing protects
 * nothing, and costs nothing.
 */
public final class AccessTable {

  /** What a row is about. */
  public enum Kind {
    /**
     * A Vaadin route, by its template ({@code topic/:topicId}); a template ending in {@code /**}
     * covers every route below it.
     */
    ROUTE,
    /** A Spring MVC endpoint: a path pattern as in {@code @RequestMapping}, and HTTP methods. */
    ENDPOINT,
    /** Static resources served outside Vaadin's and Spring MVC's mappings. */
    RESOURCE
  }

  /**
   * Who may use a row.
   *
   * @param anonymous everyone, signed in or not
   * @param roles the roles that may (when not anonymous)
   * @param ownerOnlyForPartners a partner may act only on what its organisation owns; the endpoint
   *     or view checks that with {@link Ownership}
   */
  public record Access(boolean anonymous, Set<Role> roles, boolean ownerOnlyForPartners) {

    public static final Access PUBLIC = new Access(true, Set.of(), false);

    static Access roles(Role... roles) {
      return new Access(false, Set.copyOf(List.of(roles)), false);
    }

    static Access partnerOfOwnerOr(Role... roles) {
      Set<Role> all = EnumSet.of(Role.PARTNER, roles);
      return new Access(false, Set.copyOf(all), true);
    }

    /** The role names, as {@code hasAnyRole} and {@code @RolesAllowed} spell them. */
    public String[] roleNames() {
      return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
  }

  /**
   * One row.
   *
   * @param methods the HTTP methods (empty: all); routes and resources are read with GET
   * @param frameable other sites may show it in a frame (only the embed routes)
   * @param reserved a row for a route or endpoint another feature is adding
   */
  public record Row(
      Kind kind,
      String pattern,
      Set<HttpMethod> methods,
      Access access,
      boolean frameable,
      boolean reserved) {

    /** The servlet path pattern of the row, in Spring's {@code PathPattern} syntax. */
    public String pathPattern() {
      if (kind != Kind.ROUTE) {
        return pattern;
      }
      if (pattern.isEmpty()) {
        return "/";
      }
      return "/" + pattern.replaceAll(":[A-Za-z0-9_]+\\*", "**").replaceAll(":[A-Za-z0-9_]+", "*");
    }

    /** Whether this row is about a Vaadin route template (exactly, or as a prefix). */
    public boolean coversRoute(String template) {
      if (kind != Kind.ROUTE) {
        return false;
      }
      if (pattern.endsWith("/**")) {
        String prefix = pattern.substring(0, pattern.length() - 2);
        return template.startsWith(prefix);
      }
      return pattern.equals(template);
    }

    /** Whether this row is about a {@code @RequestMapping} pattern and method exactly. */
    public boolean coversEndpoint(String mappingPattern, HttpMethod method) {
      return kind == Kind.ENDPOINT
          && pattern.equals(mappingPattern)
          && (methods.isEmpty() || (method != null && methods.contains(method)));
    }
  }

  private static final Role[] STAFF = {Role.ADMIN, Role.EDITOR};
  private static final Set<HttpMethod> GET = Set.of(HttpMethod.GET);
  private static final Set<HttpMethod> POST = Set.of(HttpMethod.POST);
  private static final Set<HttpMethod> CHANGES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  /** The table; the first row that matches a request decides. */
  public static final List<Row> ROWS =
      List.of(
          // The atlas: public.
          route("", Access.PUBLIC),
          route("about", Access.PUBLIC),
          route("topic/:topicId", Access.PUBLIC),
          route("topic/:topicId/factsheet", Access.PUBLIC),
          route("topic/:topicId/:indicatorId", Access.PUBLIC),
          route("login", Access.PUBLIC),
          // Only the embed routes may be shown in other sites' frames.
          new Row(Kind.ROUTE, "embed/**", GET, Access.PUBLIC, true, false),
          // Editors' pages. Partners see only what their organisation owns.
          route("admin/loads", Access.partnerOfOwnerOr(STAFF)),
          route("admin/plugins", Access.partnerOfOwnerOr(STAFF)),
          route("admin/ui-kit", Access.partnerOfOwnerOr(STAFF)),
          route("admin/users", Access.roles(Role.ADMIN)),
          route("admin/audit", Access.roles(STAFF)),
          // The public read API: anonymous and cacheable.
          endpoint("/api/v1/topics", GET, Access.PUBLIC),
          endpoint("/api/v1/topics/{topicId}/indicators", GET, Access.PUBLIC),
          endpoint("/api/v1/topics/{topicId}/factsheet.pdf", GET, Access.PUBLIC),
          endpoint("/api/v1/results/{topicId}/{indicatorId}", GET, Access.PUBLIC),
          endpoint("/api/v1/views/{id}", GET, Access.PUBLIC),
          endpoint("/api/v1/areas", GET, Access.PUBLIC),
          endpoint("/api/v1/areas/levels", GET, Access.PUBLIC),
          endpoint("/api/v1/population", GET, Access.PUBLIC),
          endpoint("/api/v1/plugins", GET, Access.PUBLIC),
          endpoint("/api/v1/status", GET, Access.PUBLIC),
          // The OpenAPI description of /api/v1 (springdoc), as JSON and YAML.
          endpoint("/v3/api-docs", GET, Access.PUBLIC),
          endpoint("/v3/api-docs.yaml", GET, Access.PUBLIC),
          // Load runs name files and carry problems with extract cell values: editors only.
          endpoint("/api/v1/loads", GET, Access.partnerOfOwnerOr(STAFF)),
          endpoint("/api/v1/loads/{id}", GET, Access.partnerOfOwnerOr(STAFF)),
          // State changes (token auth for automation, or a session with CSRF protection).
          endpoint(
              "/api/v1/loads/{id}/data", Set.of(HttpMethod.DELETE), Access.partnerOfOwnerOr(STAFF)),
          endpoint(
              "/api/v1/topics/{topicId}/loaders/{loaderId}/runs",
              POST,
              Access.partnerOfOwnerOr(STAFF)),
          // Recomputing a topic's results on request (operators, the data path benchmark).
          endpoint("/api/v1/topics/{topicId}/recomputation", POST, Access.roles(STAFF)),
          // Plugins: an administrator or the owning partner installs; editors publish; editors or
          // the owning partner disable, enable and remove. Drafts are listed only for them.
          endpoint("/api/v1/plugins", POST, Access.partnerOfOwnerOr(Role.ADMIN)),
          endpoint("/api/v1/plugins/{pluginId}/progress", GET, Access.partnerOfOwnerOr(STAFF)),
          endpoint("/api/v1/plugins/{pluginId}/publish", POST, Access.roles(STAFF)),
          endpoint("/api/v1/plugins/{pluginId}/unpublish", POST, Access.roles(STAFF)),
          endpoint("/api/v1/plugins/{pluginId}/restore", POST, Access.roles(STAFF)),
          endpoint(
              "/api/v1/plugins/{pluginId}/staged",
              Set.of(HttpMethod.DELETE),
              Access.partnerOfOwnerOr(STAFF)),
          endpoint("/api/v1/plugins/{pluginId}/disable", POST, Access.partnerOfOwnerOr(STAFF)),
          endpoint("/api/v1/plugins/{pluginId}/enable", POST, Access.partnerOfOwnerOr(STAFF)),
          endpoint(
              "/api/v1/plugins/{pluginId}",
              Set.of(HttpMethod.DELETE),
              Access.partnerOfOwnerOr(STAFF)),
          // Any other change under /api/v1/plugins (e.g. the SDK's, to come): administrators.
          reserved(endpoint("/api/v1/plugins/**", CHANGES, Access.roles(Role.ADMIN))),
          // Hilla's browser-callable endpoints (the atlas defines none; Hilla checks each one's
          // own access annotations too).
          endpoint(
              "/connect/{endpoint}/{method}", Set.of(HttpMethod.POST), Access.roles(Role.ADMIN)),
          // Any other API address: a JSON 404 (or 405), whoever asks. Last of the API rows, so
          // every row above decides first.
          endpoint("/api/**", Set.of(), Access.PUBLIC),
          // Spring Boot's error page: says no more than the status.
          endpoint("/error", Set.of(), Access.PUBLIC),
          // The SDK's Maven repository (plugin API, SDK, test kit, archetype): public, read-only,
          // as any Maven repository a partner's build names.
          resource("/sdk/maven/**"),
          // Public resources other features serve.
          // Actuator's health and its liveness/readiness groups for probes (details: ADMIN only,
          // decided by Actuator's management.endpoint.health.roles).
          resource("/actuator/health"),
          resource("/actuator/health/**"),
          resource("/icons/**"),
          // Any other page address (a mistyped or stale link) shows the atlas's "not found" page,
          // whoever asks, rather than the sign-in page. Reading only, and the last row: every row
          // above decides first, and Vaadin still checks each view's own access annotations.
          new Row(Kind.ROUTE, "**", GET, Access.PUBLIC, false, false));

  private AccessTable() {}

  /** The row of a Vaadin route template, if any. */
  public static Optional<Row> route(String template) {
    return ROWS.stream().filter(r -> r.coversRoute(template)).findFirst();
  }

  /** The row of a {@code @RequestMapping} pattern and method, if any. */
  public static Optional<Row> endpoint(String pattern, HttpMethod method) {
    return ROWS.stream().filter(r -> r.coversEndpoint(pattern, method)).findFirst();
  }

  private static Row route(String template, Access access) {
    return new Row(Kind.ROUTE, template, GET, access, false, false);
  }

  private static Row endpoint(String pattern, Set<HttpMethod> methods, Access access) {
    return new Row(Kind.ENDPOINT, pattern, methods, access, false, false);
  }

  private static Row resource(String pattern) {
    return new Row(Kind.RESOURCE, pattern, GET, Access.PUBLIC, false, false);
  }

  private static Row reserved(Row row) {
    return new Row(row.kind(), row.pattern(), row.methods(), row.access(), row.frameable(), true);
  }
}
