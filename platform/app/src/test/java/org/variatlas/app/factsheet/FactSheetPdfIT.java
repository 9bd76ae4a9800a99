package org.variatlas.app.factsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.variatlas.app.SharedApp;
import org.variatlas.app.loads.TopicLoads;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.fixture.CountsTopic;

/** A topic's fact sheet as a PDF download, composed by its plugin, in the chosen language. */
class FactSheetPdfIT extends SharedApp {

  @Autowired TestRestTemplate http;
  @Autowired PopulationFixture population;
  @Autowired TopicLoads loads;
  @Autowired ResultsPipeline pipeline;

  @BeforeEach
  void computed() {
    population.ensureLoaded();
    assertThat(loads.run(CountsTopic.ID, "small-counts", Map.of()).applied()).isTrue();
    pipeline.compute(CountsTopic.ID);
  }

  @Test
  void the_pdf_holds_every_block_of_the_sheet_in_the_chosen_language() throws IOException {
    String en = text("en");
    assertThat(en)
        .contains("Visits", "Test sheet 2022–2024", "Note: test figures.", "National")
        .contains("Lovisenberg", "Norway", "Variation between areas", "FT1", "The end.")
        .contains("per 100 000");
    String nb = text("nb");
    assertThat(nb)
        .contains("Besøk", "Testark 2022–2024", "Landet", "Norge", "Variasjon mellom områdene");
  }

  @Test
  void an_unknown_topic_has_no_fact_sheet() {
    assertThat(
            http.getForEntity("/api/v1/topics/absent/factsheet.pdf", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String text(String lang) throws IOException {
    ResponseEntity<byte[]> pdf =
        http.getForEntity(
            "/api/v1/topics/" + CountsTopic.ID + "/factsheet.pdf?lang=" + lang, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("variatlas-fixture-counts-" + lang + ".pdf");
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      // The same font on every machine: the one bundled in the app's jar, embedded.
      PDResources resources = document.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        fonts.add(font.getName());
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
      return new PDFTextStripper().getText(document);
    }
  }
}
