package org.variatlas.app.factsheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.topics.TopicRegistry;

/** {@code GET /api/v1/topics/{topicId}/factsheet.pdf?lang=nb|nn|en}: the fact sheet as a PDF. */
@RestController
@Tag(name = "Topics")
class FactSheetPdfController {

  private final FactSheetService sheets;
  private final TopicRegistry topics;
  private final VariatlasI18NProvider i18n;

  FactSheetPdfController(
      FactSheetService sheets, TopicRegistry topics, VariatlasI18NProvider i18n) {
    this.sheets = sheets;
    this.topics = topics;
    this.i18n = i18n;
  }

  @GetMapping("/api/v1/topics/{topicId}/factsheet.pdf")
  @Operation(summary = "The topic's fact sheet as a PDF (an attachment).")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No such topic, or it has no fact sheet.")
  ResponseEntity<byte[]> pdf(
      @Parameter(description = "The topic's id (GET /api/v1/topics).") @PathVariable String topicId,
      Locale locale) {
    return sheets
        .compose(topicId, locale)
        .map(
            blocks -> {
              String title = topics.visibleTopic(topicId).orElseThrow().title().get(locale);
              FactSheetPdf pdf =
                  new FactSheetPdf(
                      locale, (key, params) -> i18n.getTranslation(key, locale, params));
              byte[] bytes = pdf.render(blocks, title);
              return ResponseEntity.ok()
                  .contentType(MediaType.APPLICATION_PDF)
                  .header(
                      HttpHeaders.CONTENT_DISPOSITION,
                      ContentDisposition.attachment()
                          .filename("variatlas-" + topicId + "-" + locale.getLanguage() + ".pdf")
                          .build()
                          .toString())
                  .body(bytes);
            })
        .orElse(ResponseEntity.notFound().build());
  }
}
