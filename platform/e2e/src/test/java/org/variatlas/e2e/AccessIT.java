package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.variatlas.app.security.AccessTable;
import org.variatlas.app.security.OwnershipRepository;
import org.variatlas.app.security.Role;

/**
 * Sign-in and roles in Chromium (issue 9): a visitor is sent to the sign-in page by every admin
 * page and sees no admin links; an editor's header shows the editors' pages and sign-out; a partner
 * acts only on its organisation's topics; signing out ends it.
 */
class AccessIT extends BrowserIT {

  @Autowired OwnershipRepository ownership;
  @Autowired TestRestTemplate http;

  /** On the sign-in page, whatever the address' query (the shell adds the language). */
  private static boolean onTheSignInPage(WebDriver driver) {
    return URI.create(driver.getCurrentUrl()).getPath().equals("/login");
  }

  /** The admin pages of the access table (those that exist now). */
  private static List<String> adminPages() {
    return AccessTable.ROWS.stream()
        .filter(r -> r.kind() == AccessTable.Kind.ROUTE && !r.reserved())
        .map(AccessTable.Row::pattern)
        .filter(p -> p.startsWith("admin/"))
        .toList();
  }

  @Test
  void a_visitor_gets_the_sign_in_page_for_every_admin_page_and_sees_no_admin_links() {
    assertThat(adminPages()).contains("admin/loads", "admin/plugins", "admin/users");
    for (String page : adminPages()) {
      open(page);
      waitUntil(AccessIT::onTheSignInPage);
      assertThat(findAll(By.tagName("vaadin-login-form"))).as(page).hasSize(1);
    }
    open("");
    assertThat(toolLinks()).contains("about").noneMatch(href -> href.startsWith("admin"));
    assertThat(find(By.id("sign-in")).isDisplayed()).isTrue();
    screenshot("access-visitor-header");
  }

  @Test
  void an_editor_sees_the_editors_pages_but_not_the_users_page_and_signs_out() {
    String name = signInAs(Role.EDITOR);
    assertThat(text(By.id("signed-in-user"))).isEqualTo(name);
    assertThat(toolLinks()).contains("admin/loads", "admin/plugins").doesNotContain("admin/users");
    open("admin/loads");
    assertThat(findAll(By.cssSelector("vaadin-button[data-loader]"))).isNotEmpty();
    screenshot("access-editor-loads");

    find(By.id("sign-out")).click();
    waitUntil(d -> !d.findElements(By.id("sign-in")).isEmpty());
    assertThat(toolLinks()).contains("about").noneMatch(href -> href.startsWith("admin"));
    open("admin/loads");
    waitUntil(AccessIT::onTheSignInPage);
  }

  @Test
  void a_partner_acts_only_on_the_topics_of_its_organisation() {
    ownership.addOrganisation("e2e-region", "E2E health region");
    ownership.setOwner("day-surgery", "e2e-region");
    signInAs(Role.PARTNER, "e2e-region");

    open("admin/loads");
    List<String> loaders =
        findAll(By.cssSelector("vaadin-button[data-loader]")).stream()
            .map(b -> b.getDomAttribute("data-loader"))
            .toList();
    assertThat(loaders).isNotEmpty().allMatch(l -> l.startsWith("day-surgery/"));
    assertThat(findAll(By.id("loads-refused")).get(0).getText()).isBlank();

    open("admin/loads?topic=child-health");
    WebElement refused = find(By.id("loads-refused"));
    waitUntil(d -> !refused.getText().isBlank());
    assertThat(refused.getText()).contains("child-health");
    assertThat(findAll(By.cssSelector("vaadin-button[data-loader]"))).isEmpty();
    screenshot("access-partner-refused");

    // Not an administrator: the users page answers with the atlas' own "no access" page, which
    // names the user and offers the front page and signing in as someone else.
    driver().get(url("admin/users?lang=en"));
    WebElement heading = find(By.tagName("h1"));
    assertThat(heading.getText()).isEqualTo("You do not have access to this page");
    assertThat(find(By.cssSelector("main")).getText()).contains("signed in as");
    assertThat(findAll(By.cssSelector("nav a")).stream().map(a -> a.getDomAttribute("href")))
        .containsExactly("/", "/login");
    assertThat(findAll(By.id("users"))).isEmpty();
    screenshot("access-forbidden");
  }

  @Test
  void pages_run_under_the_content_security_policy_without_a_violation() {
    List<String> pages =
        List.of("", "about", "topic/day-surgery", "topic/day-surgery/cataract-synthetic", "login");
    driver().manage().logs().get(LogType.BROWSER); // start with an empty console
    for (String page : pages) {
      open(page);
    }
    signInAs(Role.EDITOR);
    for (String page : List.of("admin/loads", "admin/plugins", "admin/ui-kit")) {
      open(page);
    }
    List<String> violations =
        driver().manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void an_administrator_issues_an_api_token_that_is_shown_once_and_opens_the_api() {
    signInAs(Role.ADMIN);
    open("admin/users");
    WebElement tokens =
        find(By.cssSelector("[data-user='e2e-admin'] vaadin-button[data-action='tokens']"));
    tokens.click();
    find(By.cssSelector("#token-name input")).sendKeys("nightly extract job");
    find(By.id("token-issue")).click();
    WebElement secret = find(By.cssSelector("#token-secret input"));
    waitUntil(d -> secret.getDomProperty("value").startsWith("va_"));
    String token = secret.getDomProperty("value");
    screenshot("access-admin-token");

    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    assertThat(
            http.exchange("/api/v1/loads", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(http.getForEntity("/api/v1/loads", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  /** The hrefs of the header's tool links. */
  private List<String> toolLinks() {
    return findAll(By.cssSelector(".va-tool-links a")).stream()
        .map(a -> a.getDomAttribute("href").replaceFirst("^/", ""))
        .toList();
  }
}
