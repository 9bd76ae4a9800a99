package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.variatlas.app.security.Role;

/**
 * Uploads of registry extracts (issue 9): a {@code .csv.gz} is decompressed and its problems name
 * the file as the editor chose it, with the line; a file that is not UTF-8 is refused with its
 * line; the run's record keeps the original file name, never a server path. Both files are bad, so
 * nothing changes for the other browser tests.
 */
class UploadIT extends BrowserIT {

  @Autowired TestRestTemplate http;

  @TempDir Path dir;

  @Test
  void a_gzipped_extract_is_read_and_its_problems_name_the_original_file_and_line()
      throws Exception {
    Path gz = dir.resolve("bad-extract.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          String.join(
                  "\n",
                  "base_unit,year,sex,age,events",
                  "1804,2017,female,74,31",
                  "99,2017,male,71,22",
                  "")
              .getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Object> run = upload(gz);
    assertThat(run).containsEntry("status", "FAILED");
    assertThat((String) run.get("parameters"))
        .contains("file=bad-extract.csv.gz")
        .doesNotContain("/");
    Map<String, Object> problem = problems(run).get(0);
    assertThat(problem).containsEntry("file", "bad-extract.csv.gz").containsEntry("line", 3);
    assertThat(problem).containsEntry("rule", "bad-base-unit");
  }

  @Test
  void a_file_that_is_not_utf8_is_refused_with_its_line() throws Exception {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "base_unit,year,sex,age,events\n1804,2017,female,74,31\n5001,2017,kvinne\u00f8,50,1\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Map<String, Object> run = upload(latin1);
    assertThat(run).containsEntry("status", "FAILED");
    Map<String, Object> problem = problems(run).get(0);
    assertThat(problem).containsEntry("rule", "not-utf8").containsEntry("line", 3);
    assertThat(problem).containsEntry("file", "latin1.csv");
  }

  /** Uploads a count file for the day-surgery topic's first measure and returns its run. */
  private Map<String, Object> upload(Path file) {
    String token = apiToken(Role.EDITOR);
    long before = lastRunId(token);
    signInAs(Role.EDITOR);
    open("admin/loads");
    WebElement button = find(By.cssSelector("vaadin-button[data-loader='day-surgery/count-file']"));
    js("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    WebElement upload = find(By.cssSelector("vaadin-upload[data-parameter='file']"));
    WebElement input =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "const u = arguments[0];"
                            + "return u.querySelector('input[type=file]')"
                            + " || u.shadowRoot.querySelector('input[type=file]');",
                        upload));
    input.sendKeys(file.toString());
    waitUntil(
        d -> Boolean.TRUE.equals(js("return arguments[0].files.some(f => f.complete);", upload)));
    waitForVaadin();
    find(By.id("loader-parameters-start")).click();
    return waitUntil(
        d ->
            runs(token).stream()
                .filter(r -> ((Number) r.get("id")).longValue() > before)
                .filter(r -> "count-file".equals(r.get("loaderId")))
                .filter(r -> !"RUNNING".equals(r.get("status")))
                .findFirst()
                .orElse(null));
  }

  private long lastRunId(String token) {
    return runs(token).stream().mapToLong(r -> ((Number) r.get("id")).longValue()).max().orElse(0);
  }

  private List<Map<String, Object>> runs(String token) {
    return http.exchange(
            "/api/v1/loads",
            HttpMethod.GET,
            bearer(token),
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> problems(Map<String, Object> run) {
    Map<String, Object> body =
        http.exchange(
                "/api/v1/loads/" + run.get("id"),
                HttpMethod.GET,
                bearer(apiToken(Role.EDITOR)),
                new ParameterizedTypeReference<Map<String, Object>>() {})
            .getBody();
    return (List<Map<String, Object>>) body.get("problems");
  }

  private static HttpEntity<Void> bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return new HttpEntity<>(headers);
  }
}
