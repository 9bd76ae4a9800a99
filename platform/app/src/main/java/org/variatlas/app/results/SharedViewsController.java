package org.variatlas.app.results;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/v1/views/{id}}: the JSON a page's chart or map fetches ({@link SharedViews}),
 * public and session-less. The id names the results version, so the answer never changes: cached a
 * year, {@code immutable}, with the id as {@code ETag}. {@code 404} when the store no longer holds
 * it (evicted, or the app restarted): the browser module then reloads the page, whose address
 * carries the whole view.
 */
@RestController
class SharedViewsController {

  private final SharedViews views;

  SharedViewsController(SharedViews views) {
    this.views = views;
  }

  @GetMapping(SharedViews.PATH + "{id}")
  ResponseEntity<String> view(@PathVariable String id, WebRequest request) {
    String etag = "\"" + id + "\"";
    var json = views.get(id);
    if (json.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .cacheControl(CacheControl.noStore())
          .build();
    }
    if (request.checkNotModified(etag)) {
      return null;
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
        .eTag(etag)
        .body(json.get());
  }
}
