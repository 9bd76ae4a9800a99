package org.variatlas.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One reader of the atlas at the protocol level, as its browser talks to Vaadin Flow: the page (the
 * bootstrap HTML, which opens the session), the init request ({@code ?v-r=init}, which creates the
 * UI), then the navigation event ({@code ui-navigate}) over UIDL, which builds the view; later
 * interactions are UIDL events on the elements the view sent (found by their {@code id} attribute).
 * Its own cookie jar makes it its own session. No JavaScript runs: what is measured is the server's
 * work and the bytes it sends, not the browser's drawing.
 */
final class VaadinReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UIDL_PREFIX = "for(;;);";

  private final URI base;
  private final HttpClient http;
  private final Map<String, Integer> nodesById = new HashMap<>();
  private String csrf;
  private int uiId;
  private int syncId;
  private int clientId;
  private long uidlBytes;

  VaadinReader(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  /**
   * Opens {@code route} (e.g. {@code topic/day-surgery?level=hf}) as a fresh page load does.
   *
   * @return the UIDL bytes the first view took (init + navigation responses, uncompressed)
   */
  long open(String route) throws IOException, InterruptedException {
    int q = route.indexOf('?');
    String path = q < 0 ? route : route.substring(0, q);
    String query = q < 0 ? "" : route.substring(q + 1);
    String page = send(get("/" + route), "page " + route);
    if (!page.contains("<html") && !page.contains("<!doctype")) {
      throw new IOException("page " + route + " is not HTML");
    }
    uidlBytes = 0;
    String init =
        send(
            get(
                "/?v-r=init&location="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8)
                    + "&query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)),
            "init " + route);
    uidlBytes += init.length();
    JsonNode config = JSON.readTree(init).path("appConfig");
    uiId = config.path("v-uiId").asInt();
    read(config.path("uidl"));
    // What the client's router sends once the UI exists (Flow's ui-navigate event).
    ObjectNode data = JSON.createObjectNode();
    data.put("route", path);
    data.put("query", query);
    data.put("appShellTitle", "");
    data.set("historyState", JSON.createObjectNode().put("idx", 0));
    data.put("trigger", "");
    uidl(event(uiNode(), "ui-navigate", data), "navigate " + route);
    return uidlBytes;
  }

  /** A click on an area of the element with DOM id {@code elementId} (map or bars). */
  void clickArea(String elementId, String domEvent, String code)
      throws IOException, InterruptedException {
    ObjectNode data = JSON.createObjectNode();
    data.put("event.detail.code", code);
    data.put("event.detail.shiftKey", false);
    data.put("event.detail.ctrlKey", false);
    uidl(event(node(elementId), domEvent, data), domEvent + " " + code);
  }

  /** A value picked in a Vaadin field (e.g. a {@code vaadin-select}) by its item key. */
  void pick(String elementId, String value) throws IOException, InterruptedException {
    ObjectNode sync = JSON.createObjectNode();
    sync.put("type", "mSync");
    sync.put("node", node(elementId));
    sync.put("feature", 1);
    sync.put("property", "value");
    sync.put("value", value);
    ObjectNode changed = event(node(elementId), "value-changed", JSON.createObjectNode());
    uidl(JSON.createArrayNode().add(sync).add(changed.get("rpc").get(0)), "pick " + value);
  }

  /** Whether the current view sent an element with this DOM id. */
  boolean has(String elementId) {
    return nodesById.containsKey(elementId);
  }

  private int node(String elementId) throws IOException {
    Integer node = nodesById.get(elementId);
    if (node == null) {
      throw new IOException("the view sent no element with id '" + elementId + "'");
    }
    return node;
  }

  /** The UI's own node: the navigation events go to it. */
  private static int uiNode() {
    return 1;
  }

  private ObjectNode event(int node, String name, ObjectNode data) {
    ObjectNode rpc = JSON.createObjectNode();
    rpc.put("type", "event");
    rpc.put("node", node);
    rpc.put("event", name);
    rpc.set("data", data);
    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.set("rpc", JSON.createArrayNode().add(rpc));
    return wrapper;
  }

  private void uidl(ObjectNode wrapper, String what) throws IOException, InterruptedException {
    uidl((ArrayNode) wrapper.get("rpc"), what);
  }

  private void uidl(ArrayNode rpc, String what) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("csrfToken", csrf);
    body.set("rpc", rpc);
    body.put("syncId", syncId);
    body.put("clientId", clientId++);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    String response = send(request, what);
    uidlBytes += response.length();
    String json = response.startsWith(UIDL_PREFIX) ? response.substring(8) : response;
    JsonNode parsed = JSON.readTree(json);
    JsonNode uidl = parsed.isArray() ? parsed.get(0) : parsed;
    if (uidl.has("meta") && uidl.get("meta").has("appError")) {
      throw new IOException(what + ": " + uidl.get("meta").get("appError"));
    }
    if (uidl.has("meta") && uidl.get("meta").path("sessionExpired").asBoolean()) {
      throw new IOException(what + ": session expired");
    }
    read(uidl);
  }

  /** Keeps what the next request needs (sync id, CSRF token) and the nodes' DOM ids. */
  private void read(JsonNode uidl) {
    if (uidl.has("Vaadin-Security-Key")) {
      csrf = uidl.get("Vaadin-Security-Key").asText();
    }
    if (uidl.has("syncId")) {
      syncId = uidl.get("syncId").asInt();
    }
    for (JsonNode change : uidl.path("changes")) {
      if ("id".equals(change.path("key").asText()) && change.path("value").isTextual()) {
        nodesById.put(change.get("value").asText(), change.get("node").asInt());
      }
    }
  }

  private HttpRequest get(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(120))
        .build();
  }

  private String send(HttpRequest request, String what) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(what + ": HTTP " + response.statusCode());
    }
    return response.body();
  }
}
