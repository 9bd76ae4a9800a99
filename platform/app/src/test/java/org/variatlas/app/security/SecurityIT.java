package org.variatlas.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.variatlas.app.SharedApp;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.population.PopulationFixture;

/**
 * The security configuration over HTTP, in the running app: who gets what from the API and the
 * pages, with which headers, and API tokens.
 */
class SecurityIT extends SharedApp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired OwnershipRepository ownership;
  @Autowired VariatlasProperties properties;
  @Autowired PopulationFixture populationFixture;
  @Autowired EmbeddedPostgres postgres;
  @Autowired DataSource dataSource;

  @Test
  void the_public_api_is_anonymous_cacheable_and_creates_no_session() throws Exception {
    HttpResponse<String> topics = get("/api/v1/topics", null);
    assertThat(topics.statusCode()).isEqualTo(200);
    assertThat(topics.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(topics.headers().allValues("Cache-Control")).noneMatch(v -> v.contains("no-store"));
    assertThat(topics.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<String> status = get("/api/v1/status", null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void load_runs_need_an_editor_401_anonymous_403_without_the_role() throws Exception {
    assertThat(get("/api/v1/loads", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/loads/1", null).statusCode()).isEqualTo(401);
    String reader = token(user("it-reader", Set.of(), null));
    assertThat(get("/api/v1/loads", reader).statusCode()).isEqualTo(403);
    String editor = token(user("it-editor", Set.of(Role.EDITOR), null));
    HttpResponse<String> runs = get("/api/v1/loads", editor);
    assertThat(runs.statusCode()).isEqualTo(200);
    assertThat(runs.body()).startsWith("[");
    assertThat(runs.headers().firstValue("Set-Cookie")).as("tokens open no session").isEmpty();
  }

  @Test
  void a_page_the_user_may_not_open_answers_with_the_atlas_own_page_in_the_user_language()
      throws Exception {
    String editor = token(user("it-editor-page", Set.of(Role.EDITOR), null));
    HttpResponse<String> page = page("/admin/users?lang=nn", editor);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<html lang=\"nn\">", "Du har ikkje tilgang til denne sida")
        .contains("it-editor-page", "href=\"/login\"", "href=\"/\"")
        .doesNotContain("Whitelabel", "Exception", "/admin/users");
    // The API keeps answering machines in JSON.
    assertThat(get("/api/v1/loads", token(user("it-reader-page", Set.of(), null))).body())
        .doesNotContain("<html");
  }

  @Test
  void an_unknown_page_address_shows_the_not_found_page_not_the_sign_in_page() throws Exception {
    for (String path : List.of("/topics/day-surgery", "/admin/loads/nope", "/a/b/c")) {
      HttpResponse<String> page = page(path + "?lang=en", null);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.body())
          .as(path)
          .contains("<title>Page not found")
          .doesNotContain("Sign in to");
    }
    // Pages with a row still need their roles, and a change to an unknown address is refused.
    HttpResponse<String> admin = page("/admin/loads", null);
    assertThat(admin.statusCode()).isEqualTo(302);
    assertThat(admin.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/a/b/c"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isIn(401, 403);
  }

  @Test
  void a_revoked_expired_or_unknown_token_is_refused() throws Exception {
    StoredUser editor = user("it-editor-2", Set.of(Role.EDITOR), null);
    UserAccounts.NewToken token = accounts.issueToken(editor.id(), "ci", Duration.ofDays(1));
    assertThat(get("/api/v1/loads", token.secret()).statusCode()).isEqualTo(200);
    accounts.revokeToken(token.token().id());
    assertThat(get("/api/v1/loads", token.secret()).statusCode()).isEqualTo(401);
    UserAccounts.NewToken expired = accounts.issueToken(editor.id(), "old", Duration.ofSeconds(-1));
    assertThat(get("/api/v1/loads", expired.secret()).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/loads", "va_" + "x".repeat(43)).statusCode()).isEqualTo(401);
    UserAccounts.NewToken valid = accounts.issueToken(editor.id(), "ci-2", Duration.ofDays(1));
    accounts.setEnabled(editor.id(), false);
    assertThat(get("/api/v1/loads", valid.secret()).statusCode()).isEqualTo(401);
  }

  @Test
  void a_partner_sees_only_the_load_runs_of_its_organisations_topics() throws Exception {
    ownership.addOrganisation("it-partner-org", "IT partner");
    String partner = token(user("it-partner", Set.of(Role.PARTNER), "it-partner-org"));
    HttpResponse<String> runs = get("/api/v1/loads", partner);
    assertThat(runs.statusCode()).isEqualTo(200);
    assertThat(runs.body()).doesNotContain("\"loaderId\":\"population\"");
  }

  @Test
  void admin_pages_send_anonymous_visitors_to_the_sign_in_page() throws Exception {
    for (String page :
        new String[] {"/admin/loads", "/admin/plugins", "/admin/users", "/admin/ui-kit"}) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                  .header("Accept", "text/html,application/xhtml+xml")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(page).isEqualTo(302);
      assertThat(r.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    assertThat(get("/login", null).statusCode()).isEqualTo(200);
    assertThat(get("/about", null).statusCode()).isEqualTo(200);
  }

  @Test
  void pages_carry_the_security_headers_and_refuse_framing() throws Exception {
    HttpResponse<String> home = get("/", null);
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'"));
    assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    HttpResponse<String> embed = get("/embed/day-surgery", null);
    assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
    assertThat(embed.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors *"));
  }

  @Test
  void state_changes_without_a_token_or_a_csrf_token_are_refused() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plugins/x"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(401, 403);
  }

  @Test
  void query_parameters_are_bounded_and_unknown_formats_refused_with_a_message() throws Exception {
    populationFixture.ensureLoaded();
    HttpResponse<String> population =
        get("/api/v1/population?level=hf&from=-2147483648&to=2024", null);
    assertThat(population.statusCode()).isEqualTo(400);
    assertThat(population.body()).contains("from and to must be years from");
    HttpResponse<String> areas = get("/api/v1/areas?level=hf&year=123456", null);
    assertThat(areas.statusCode()).isEqualTo(400);
    assertThat(areas.body()).contains("year must be from 1900");
    HttpResponse<String> format = get("/api/v1/results/fixture-counts/anything?format=xml", null);
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(format.body()).contains("unknown format 'xml'");
  }

  @Test
  void the_embedded_database_wants_its_password_and_hides_its_socket() throws Exception {
    Path data = properties.database().dataDirectory();
    Path password = data.resolve("variatlas-password");
    assertThat(Files.getPosixFilePermissions(password))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(data.resolve("pg_hba.conf")))
        .contains("scram-sha-256")
        .doesNotContain("trust");
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
        .hasMessageContaining("password");
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close())
        .hasMessageContaining("password authentication failed");
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      ResultSet r = st.executeQuery("show listen_addresses");
      r.next();
      assertThat(r.getString(1)).isEqualTo("localhost");
      r = st.executeQuery("show unix_socket_directories");
      r.next();
      Path sockets = Path.of(r.getString(1));
      assertThat(Files.getPosixFilePermissions(sockets))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.OWNER_EXECUTE);
    }
  }

  private StoredUser user(String name, Set<Role> roles, String organisation) {
    return accounts
        .user(name)
        .orElseGet(() -> accounts.create(name, name, "it-password-" + name, roles, organisation));
  }

  private String token(StoredUser user) {
    return accounts.issueToken(user.id(), "it", Duration.ofHours(1)).secret();
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return HTTP.send(request(path, bearer).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A page as a browser asks for it (HTML), signed in with the token or anonymous (null). */
  private HttpResponse<String> page(String path, String bearer) throws Exception {
    return HTTP.send(
        request(path, bearer).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }
}
