package org.variatlas.app.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/** The lifecycle tests' HTTP client: bearer tokens, multipart uploads, waiting for a condition. */
final class LifecycleApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port;
  private final UserAccounts accounts;

  LifecycleApi(int port, UserAccounts accounts) {
    this.port = port;
    this.accounts = accounts;
  }

  String token(String name, Set<Role> roles, String organisation) {
    StoredUser user =
        accounts
            .user(name)
            .orElseGet(
                () -> accounts.create(name, name, "it-password-" + name, roles, organisation));
    return accounts.issueToken(user.id(), "it", Duration.ofHours(1)).secret();
  }

  HttpResponse<String> upload(Path jar, String bearer) throws Exception {
    String boundary = "----variatlas-it-" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + jar.getFileName()
                + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        request("/api/v1/plugins", bearer)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(jar),
                    HttpRequest.BodyPublishers.ofByteArray(tail)));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> multipart(String path, String bearer, String field, String value)
      throws Exception {
    String boundary = "----variatlas-it-" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"\r\n\r\n"
            + value
            + "\r\n--"
            + boundary
            + "--\r\n";
    return HTTP.send(
        request(path, bearer)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String bearer) throws Exception {
    return HTTP.send(request(path, bearer).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String bearer) throws Exception {
    return HTTP.send(
        request(path, bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> delete(String path, String bearer) throws Exception {
    return HTTP.send(request(path, bearer).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  static JsonNode json(String body) throws Exception {
    return new ObjectMapper().readTree(body);
  }

  /** Reads until {@code done} holds (two minutes at most). */
  static <T> T await(Callable<T> read, Predicate<T> done, String what) throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    T value = read.call();
    while (!done.test(value)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("gave up waiting for " + what + ": " + value);
      }
      Thread.sleep(200);
      value = read.call();
    }
    return value;
  }
}
