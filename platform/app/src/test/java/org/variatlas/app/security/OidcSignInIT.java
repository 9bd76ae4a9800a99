package org.variatlas.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.variatlas.testidp.TestOidcProvider;

/**
 * OpenID Connect against a real provider (Spring Authorization Server, started by the test on its
 * own port): a person signs in through the provider's own login form (authorization code flow,
 * followed redirect by redirect with cookies, as a browser does), and the group claim makes them an
 * editor; automation presents the provider's access tokens (JWT) as bearer tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OidcSignInIT {

  private static final int APP_PORT = freePort();
  private static final int IDP_PORT = freePort();
  private static final String APP = "http://127.0.0.1:" + APP_PORT;
  private static final String IDP = "http://localhost:" + IDP_PORT;
  private static ConfigurableApplicationContext provider;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry registry) throws IOException {
    if (provider == null) {
      provider = TestOidcProvider.start(IDP_PORT, APP + "/login/oauth2/code/idp");
    }
    String client = "spring.security.oauth2.client.";
    registry.add("server.port", () -> APP_PORT);
    registry.add(client + "registration.idp.client-id", () -> TestOidcProvider.CLIENT);
    registry.add(client + "registration.idp.client-secret", () -> TestOidcProvider.SECRET);
    registry.add(client + "registration.idp.client-name", () -> "Test region IdP");
    registry.add(client + "registration.idp.scope", () -> "openid,profile");
    registry.add(client + "provider.idp.issuer-uri", () -> IDP);
    registry.add(client + "provider.idp.user-name-attribute", () -> "preferred_username");
    registry.add(
        "variatlas.security.oidc.roles[" + TestOidcProvider.EDITORS_GROUP + "]", () -> "EDITOR");
    var db = Files.createTempDirectory("variatlas-it-oidc-pg-");
    var plugins = Files.createTempDirectory("variatlas-it-oidc-plugins-");
    registry.add("variatlas.database.data-dir", db::toString);
    registry.add("variatlas.database.temporary", () -> "true");
    registry.add("variatlas.plugins-dir", plugins::toString);
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  @Test
  void a_person_signs_in_at_the_provider_and_its_group_makes_them_an_editor() throws Exception {
    Browser browser = new Browser();
    // Signed out, the load runs are closed.
    assertThat(browser.get(APP + "/api/v1/loads").statusCode()).isEqualTo(401);

    // The sign-in page offers the provider; its link starts the authorization code flow, which
    // ends on the provider's own login form.
    assertThat(browser.get(APP + "/login").statusCode()).isEqualTo(200);
    HttpResponse<String> form = browser.follow(browser.get(APP + "/oauth2/authorization/idp"));
    assertThat(form.uri().toString()).startsWith(IDP + "/login");
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
    assertThat(csrf.find()).as("the provider's login form").isTrue();

    // Signing in there redirects back to the atlas with a code, which the atlas redeems.
    HttpResponse<String> back =
        browser.follow(
            browser.post(
                IDP + "/login",
                "username="
                    + TestOidcProvider.USER
                    + "&password="
                    + TestOidcProvider.PASSWORD
                    + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
    assertThat(back.uri().toString()).startsWith(APP);
    assertThat(back.statusCode()).isEqualTo(200);

    // Signed in through the provider, as an editor (group atlas-editors).
    HttpResponse<String> runs = browser.get(APP + "/api/v1/loads");
    assertThat(runs.statusCode()).isEqualTo(200);
    assertThat(runs.body()).startsWith("[");
  }

  /**
   * A browser's part of the flow: GET and POST with the cookies of each host and port kept apart
   * (as two sites' cookies are), redirects followed one by one.
   */
  private static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    HttpResponse<String> get(String url) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
      HttpResponse<String> r = response;
      for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
        r = get(r.uri().resolve(r.headers().firstValue("Location").orElseThrow()).toString());
      }
      return r;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpRequest built =
          request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
      String site = built.uri().getHost() + ":" + built.uri().getPort();
      Map<String, String> jar = cookies.computeIfAbsent(site, k -> new LinkedHashMap<>());
      if (!jar.isEmpty()) {
        StringBuilder header = new StringBuilder();
        jar.forEach(
            (k, v) ->
                header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        built =
            HttpRequest.newBuilder(built, (n, v) -> true)
                .header("Cookie", header.toString())
                .build();
      }
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
      return response;
    }
  }

  @Test
  void the_providers_access_tokens_are_bearer_tokens_with_the_mapped_roles() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String editor = clientCredentialsToken(http, TestOidcProvider.CLIENT);
    assertThat(get(http, APP + "/api/v1/loads", editor).statusCode()).isEqualTo(200);
    String reader = clientCredentialsToken(http, TestOidcProvider.READER_CLIENT);
    assertThat(get(http, APP + "/api/v1/loads", reader).statusCode()).isEqualTo(403);
    assertThat(get(http, APP + "/api/v1/loads", editor + "x").statusCode()).isEqualTo(401);
  }

  private static String clientCredentialsToken(HttpClient http, String client) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (client
                        + ":"
                        + (TestOidcProvider.CLIENT.equals(client)
                            ? TestOidcProvider.SECRET
                            : TestOidcProvider.READER_SECRET))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(URI.create(IDP + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return get(client, url, null);
  }

  private static HttpResponse<String> get(HttpClient client, String url, String bearer)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
