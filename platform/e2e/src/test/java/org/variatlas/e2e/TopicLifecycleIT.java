package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.variatlas.app.security.Role;
import org.variatlas.e2e.fixture.FixtureJar;
import org.variatlas.e2e.fixture.FourthTopic;

/**
 * Issue 10 in the browser, on the running app (no restart anywhere): an administrator uploads a
 * fourth topic plugin and sees the checks; the topic is a draft (editors see it with a banner, an
 * anonymous visitor gets 404); an editor publishes it and it is public; a broken jar is refused
 * with its reasons; the topic is removed and an open page of it says it is gone. Meanwhile an
 * anonymous reader keeps reading a bundled topic without an error.
 */
class TopicLifecycleIT extends BrowserIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void install_preview_publish_refuse_and_remove_a_topic_while_the_atlas_serves() throws Exception {
    Path jar =
        FixtureJar.write(
            dir.resolve("fourth-topic-1.0.0.jar"),
            "fourth-topic",
            ">=1.0.0 & <2.0.0",
            FourthTopic.class);
    Path broken =
        FixtureJar.write(
            dir.resolve("broken.jar"),
            "broken-plugin",
            ">=9.0.0",
            FourthTopic.class,
            BrowserIT.class);

    signInAs(Role.ADMIN);
    open("admin/plugins");
    Instant uploaded = Instant.now();
    uploadJar(jar);
    WebElement check = find(By.cssSelector(".va-plugin-check[data-installed='true']"));
    Duration toInstalled = Duration.between(uploaded, Instant.now());
    assertThat(findAll(By.cssSelector(".va-plugin-check li[data-passed='true']"))).hasSize(6);
    screenshot("lifecycle-installed");
    assertThat(check.getText()).contains("fourth-topic");
    readerSeesBundledTopic();

    // A draft: staff see it with a banner; the public does not see it at all.
    open("topic/" + FourthTopic.ID);
    assertThat(text(By.cssSelector(".va-draft-banner"))).startsWith("Utkast");
    assertThat(anonymousStatus("/api/v1/topics/" + FourthTopic.ID + "/indicators")).isEqualTo(404);
    assertThat(anonymousBody("/api/v1/topics")).doesNotContain(FourthTopic.ID);

    // Publish from the plugins page.
    open("admin/plugins");
    click(By.cssSelector("[data-plugin='fourth-topic'] .va-action-publish"));
    waitUntil(
        d ->
            !d.findElements(By.cssSelector("[data-plugin='fourth-topic'] .va-action-unpublish"))
                .isEmpty());
    assertThat(anonymousBody("/api/v1/topics")).contains(FourthTopic.ID);
    assertThat(anonymousStatus("/topic/" + FourthTopic.ID)).isEqualTo(200);
    readerSeesBundledTopic();

    // A newer version is staged beside the public one; staff preview it and publish it.
    uploadJar(
        FixtureJar.write(
            dir.resolve("fourth-topic-2.0.0.jar"),
            "fourth-topic",
            "2.0.0",
            ">=1.0.0 & <2.0.0",
            FourthTopic.class));
    find(By.cssSelector(".va-plugin-check[data-installed='true']"));
    click(By.cssSelector("[data-plugin='fourth-topic'] .va-action-preview"));
    assertThat(text(By.cssSelector(".va-staged-banner[data-previewing='true']"))).contains("2.0.0");
    screenshot("lifecycle-preview");
    click(By.cssSelector(".va-staged-toggle"));
    assertThat(text(By.cssSelector(".va-staged-banner[data-previewing='false']")))
        .contains("1.0.0");
    open("admin/plugins");
    click(By.cssSelector("[data-plugin='fourth-topic'] .va-action-publishStaged"));
    waitUntil(
        d ->
            !d.findElements(By.cssSelector("[data-plugin='fourth-topic'] .va-action-restore"))
                .isEmpty());
    assertThat(anonymousBody("/api/v1/plugins")).contains("\"version\":\"2.0.0\"");
    readerSeesBundledTopic();

    // A broken jar: refused with its reasons, nothing changes.
    uploadJar(broken);
    find(By.cssSelector(".va-plugin-check[data-installed='false']"));
    assertThat(text(By.cssSelector("li[data-check='requires']"))).contains(">=9.0.0");
    assertThat(text(By.cssSelector("li[data-check='imports']")))
        .contains("org.variatlas.e2e.BrowserIT uses");
    assertThat(text(By.cssSelector("li[data-check='id']"))).contains("broken-plugin");
    screenshot("lifecycle-refused");

    // Remove it while its page is open in this session.
    open("topic/" + FourthTopic.ID);
    String topicPage = driver().getWindowHandle();
    driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    open("admin/plugins");
    click(By.cssSelector("[data-plugin='fourth-topic'] .va-action-remove"));
    click(By.cssSelector(".va-delete-data"));
    click(By.cssSelector(".va-remove-confirm"));
    waitUntil(d -> d.findElements(By.cssSelector("[data-plugin='fourth-topic']")).isEmpty());
    driver().close();
    driver().switchTo().window(topicPage);
    // The open page learns it with its next round trip (here a poll, as any click would).
    js("Object.values(window.Vaadin.Flow.clients).forEach(c => c.poll && c.poll())");
    assertThat(text(By.cssSelector(".va-topic-gone h1")))
        .isEqualTo("Dette temaet er ikke lenger tilgjengelig.");
    screenshot("lifecycle-gone");
    // A fresh visit gets the shell's not-found page, saying why.
    open("topic/" + FourthTopic.ID);
    assertThat(text(By.cssSelector(".va-not-found p")))
        .isEqualTo("Dette temaet er ikke lenger tilgjengelig.");
    assertThat(anonymousStatus("/api/v1/topics/" + FourthTopic.ID + "/indicators")).isEqualTo(404);
    readerSeesBundledTopic();
    System.out.println("lifecycle: upload to installed draft in " + toInstalled.toMillis() + " ms");
  }

  /** Clicks an element as a person does, after scrolling it into the middle of the view. */
  private void click(By by) {
    WebElement e = find(by);
    js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", e);
    e.click();
  }

  private void uploadJar(Path jar) {
    WebElement upload = find(By.cssSelector("vaadin-upload.va-plugin-upload-field"));
    WebElement input =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "const u = arguments[0];"
                            + "return u.querySelector('input[type=file]')"
                            + " || u.shadowRoot.querySelector('input[type=file]');",
                        upload));
    input.sendKeys(jar.toString());
  }

  /** Another (anonymous) reader keeps reading a bundled topic without an error. */
  private void readerSeesBundledTopic() throws Exception {
    assertThat(anonymousStatus("/topic/day-surgery")).isEqualTo(200);
    assertThat(anonymousStatus("/api/v1/topics/day-surgery/indicators")).isEqualTo(200);
  }

  private int anonymousStatus(String path) throws Exception {
    return send(path).statusCode();
  }

  private String anonymousBody(String path) throws Exception {
    return send(path).body();
  }

  private HttpResponse<String> send(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path.substring(1)))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
