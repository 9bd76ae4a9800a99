package org.variatlas.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.variatlas.app.VariatlasApplication;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/**
 * The base of every browser test: the whole app on a random port (production frontend bundle,
 * embedded PostgreSQL in a temporary directory, the three plugin jars the reactor built) and one
 * headless Chromium shared by all tests of the run.
 *
 * <p>Write a browser test by extending this class, naming it {@code *IT}, opening a page with
 * {@link #open(String)} (which waits until Vaadin has rendered) and asserting on what a person
 * sees. {@link #waitUntil} waits for the browser; {@link #screenshot(String)} saves {@code
 * target/screenshots/<name>.png} to look at. Spring caches the context, so all test classes with
 * the same configuration share one running app.
 *
 * <pre>{@code
 * class AboutPageIT extends BrowserIT {
 *   @Test
 *   void about_page_names_the_sources() {
 *     open("about");
 *     assertThat(text(By.tagName("h1"))).isEqualTo("Om dataene");
 *   }
 * }
 * }</pre>
 *
 * <p>The browser and the helpers are {@link BrowserSession}'s.
 */
@SpringBootTest(
    classes = VariatlasApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserIT extends BrowserSession {

  @LocalServerPort private int port;

  /** The password of the users {@link #signInAs} creates. */
  protected static final String PASSWORD = "e2e-password-of-a-test-user";

  @Autowired private UserAccounts accounts;

  /** Plugins from the reactor's dist directory (copied: PF4J wants a clean folder), fresh DB. */
  @DynamicPropertySource
  static void directories(DynamicPropertyRegistry registry) throws IOException {
    Path plugins = Files.createTempDirectory("variatlas-e2e-plugins-");
    String dist = System.getProperty("variatlas.plugins-dist");
    if (dist != null && Files.isDirectory(Path.of(dist))) {
      try (Stream<Path> jars = Files.list(Path.of(dist))) {
        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
          Files.copy(jar, plugins.resolve(jar.getFileName()));
        }
      }
    }
    Path database = Files.createTempDirectory("variatlas-e2e-pg-");
    registry.add("variatlas.plugins-dir", plugins::toString);
    registry.add("variatlas.database.data-dir", database::toString);
    registry.add("variatlas.database.temporary", () -> "true");
  }

  /**
   * Signs in through the sign-in page, as a person does, as a user with this role (created on first
   * use: {@code e2e-editor}, {@code e2e-admin}, {@code e2e-partner}), and waits until the header
   * shows the user. Every test starts signed out (its cookies are deleted).
   *
   * @return the user's name
   */
  protected String signInAs(Role role) {
    return signInAs(role, null);
  }

  /**
   * Signs in as a user with this role and organisation (a partner's), e.g. {@code
   * signInAs(Role.PARTNER, "e2e-region")}; the organisation must exist.
   */
  protected String signInAs(Role role, String organisation) {
    StoredUser user = user(role, organisation);
    open("login");
    WebElement name = find(By.cssSelector("vaadin-login-form input[name='username']"));
    name.sendKeys(user.username());
    WebElement password = find(By.cssSelector("vaadin-login-form input[name='password']"));
    password.sendKeys(PASSWORD);
    password.sendKeys(Keys.ENTER);
    waitUntil(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    waitForVaadin();
    return user.username();
  }

  /** An API token (valid for an hour) of the user {@link #signInAs} uses for the role. */
  protected String apiToken(Role role) {
    return accounts.issueToken(user(role, null).id(), "e2e", Duration.ofHours(1)).secret();
  }

  private StoredUser user(Role role, String organisation) {
    String name =
        "e2e-"
            + role.name().toLowerCase(java.util.Locale.ROOT)
            + (organisation == null ? "" : "-" + organisation);
    return accounts
        .user(name)
        .orElseGet(() -> accounts.create(name, name, PASSWORD, Set.of(role), organisation));
  }

  @Override
  protected String baseUrl() {
    return "http://localhost:" + port;
  }
}
