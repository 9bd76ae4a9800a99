package org.variatlas.app.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
 * {@code GET /api/v1/views/{id}}: the JSON a page's chart, map, table or result boxes fetch ({@link
 * SharedViews}), session-less, from any instance of the app. The id names the results version, so
 * the answer never changes: cached a year, {@code public, immutable}, with the id as {@code ETag}.
 * A view of a draft topic or a staged preview is {@code private, no-store} and answered only to
 * those who may see it ({@code 404} to others, as for an unknown id). {@code 404} when no longer
 * kept (pruned): the browser module then reloads the page, whose address carries the whole view.
 */
@RestController
class SharedViewsController {

  private final SharedViews views;

  SharedViewsController(SharedViews views) {
    this.views = views;
  }

  /** How the API description names the answer: its shape is the asking element's, not an API's. */
  @Schema(
      name = "SharedView",
      description =
          "What one element of a page draws (a chart's spec, a map's styles and tooltips, the"
              + " results table's columns and printed rows), in the page's language. Its fields"
              + " belong to the element that fetches it and change between releases: to build on"
              + " the figures, read GET /api/v1/results.")
  record View() {}

  @GetMapping(SharedViews.PATH + "{id}")
  @Operation(
      summary =
          "What a page's chart, map or table draws, shared by every reader (immutable, with an"
              + " ETag; a draft's or preview's private and only for those who may see it).")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)))
  @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match).")
  @ApiResponse(
      responseCode = "404",
      description =
          "Unknown, no longer kept, or not for this reader (a draft's): the page reloads itself"
              + " from its address.")
  ResponseEntity<String> view(
      @Parameter(description = "The id a page was given (a salted hash of what it shows).")
          @PathVariable
          String id,
      @Parameter(hidden = true) WebRequest request) {
    String etag = "\"" + id + "\"";
    var view = views.get(id).filter(views::maySee);
    if (view.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .cacheControl(CacheControl.noStore())
          .build();
    }
    if (view.get().restriction() != null) {
      // A draft's or a preview's figures: never in a shared cache, nor kept by the browser.
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .cacheControl(CacheControl.noStore().cachePrivate())
          .body(view.get().json());
    }
    if (request.checkNotModified(etag)) {
      return null;
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
        .eTag(etag)
        .body(view.get().json());
  }
}
