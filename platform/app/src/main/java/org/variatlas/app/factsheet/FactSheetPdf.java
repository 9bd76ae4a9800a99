package org.variatlas.app.factsheet;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.api.ui.KeyFigure;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.results.IndicatorTexts;
import org.variatlas.app.results.VariationTexts;
import org.variatlas.app.text.Markdown;

/**
 * Renders a composed fact sheet as an A4 PDF: the same blocks as the web page, with the ranked
 * chart drawn as boxes (no script). The document is built with jsoup (which escapes every text it
 * is given), its style is the resource {@code factsheet.css}, and its font is DejaVu Sans from the
 * app's own jar, so the PDF is the same on any machine.
 */
final class FactSheetPdf {

  /** The family name {@code factsheet.css} uses for the bundled font. */
  private static final String FAMILY = "SheetSans";

  private static final String CSS = resource("factsheet.css");

  private final Locale locale;
  private final BiFunction<String, Object[], String> translate;

  /**
   * @param translate the platform's translation of a key with parameters in {@code locale}
   */
  FactSheetPdf(Locale locale, BiFunction<String, Object[], String> translate) {
    this.locale = locale;
    this.translate = translate;
  }

  /** The PDF's bytes. */
  byte[] render(List<SheetBlock> blocks, String topicTitle) {
    Document document = document(blocks, topicTitle);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> font("DejaVuSans.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"),
          FAMILY,
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the fact sheet PDF", e);
    }
  }

  /** The document the PDF is rendered from (package-private for tests). */
  Document document(List<SheetBlock> blocks, String topicTitle) {
    Document document = Document.createShell("");
    document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    document.selectFirst("html").attr("lang", locale.getLanguage());
    Element head = document.head();
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("title").text(topicTitle);
    head.appendElement("style").appendChild(new DataNode(CSS));
    Element body = document.body();
    body.appendElement("div").addClass("page-title").text(topicTitle);
    SheetBlock.Renderer<Void> renderer = new BlockRenderer(body);
    for (SheetBlock block : blocks) {
      block.render(renderer);
    }
    body.appendElement("p")
        .addClass("footer")
        .text(
            t("factsheet.generated", Formats.date(LocalDate.now(), locale))
                + " "
                + t("factsheet.sources"));
    return document;
  }

  /** Appends each block's elements to the body. */
  private final class BlockRenderer implements SheetBlock.Renderer<Void> {
    private final Element body;

    BlockRenderer(Element body) {
      this.body = body;
    }

    @Override
    public Void title(SheetBlock.Title t) {
      body.appendElement("div").addClass("brand").text("Variatlas · " + t("app.tagline"));
      body.appendElement("h1").text(t.title().get(locale));
      if (t.subtitle() != null) {
        body.appendElement("p").addClass("subtitle").text(t.subtitle().get(locale));
      }
      return null;
    }

    @Override
    public Void heading(SheetBlock.Heading x) {
      body.appendElement("h2").text(x.text().get(locale));
      return null;
    }

    @Override
    public Void text(SheetBlock.Text x) {
      body.append(Markdown.toHtml(x.markdown().get(locale)));
      return null;
    }

    @Override
    public Void notice(SheetBlock.Notice x) {
      body.appendElement("div").addClass("notice").append(Markdown.toHtml(x.text().get(locale)));
      return null;
    }

    @Override
    public Void keyFigures(SheetBlock.KeyFigures x) {
      FactSheetPdf.this.keyFigures(body, x.figures());
      return null;
    }

    @Override
    public Void rankedChart(SheetBlock.RankedChart x) {
      FactSheetPdf.this.rankedChart(body, x.results());
      return null;
    }

    @Override
    public Void variation(SheetBlock.Variation x) {
      FactSheetPdf.this.variation(body, x.results());
      return null;
    }

    @Override
    public Void selection(SheetBlock.Selection x) {
      FactSheetPdf.this.selection(body, x.indicator());
      return null;
    }
  }

  private void keyFigures(Element body, List<KeyFigure> figures) {
    Element row = body.appendElement("table").addClass("figures").appendElement("tr");
    for (KeyFigure f : figures) {
      Element cell = row.appendElement("td");
      cell.appendElement("div")
          .addClass("figure")
          .text(Formats.number(f.value(), f.decimals(), locale));
      Element label =
          cell.appendElement("div").addClass("figure-label").text(f.label().get(locale));
      if (f.unit() != null) {
        label.appendElement("br");
        label.appendElement("span").addClass("muted").text(f.unit().get(locale));
      }
    }
  }

  private void rankedChart(Element body, IndicatorResults results) {
    IndicatorDefinition indicator = results.indicator();
    List<AreaResult> rows =
        new ArrayList<>(results.areas().stream().filter(a -> a.value() != null).toList());
    if (results.national() != null && results.national().value() != null) {
      rows.add(results.national());
    }
    rows.sort(Comparator.comparing(AreaResult::value, Comparator.reverseOrder()));
    double max =
        niceMax(
            rows.stream()
                .map(a -> a.upper95() != null ? a.upper95() : a.value())
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1));
    Double national = results.national() == null ? null : results.national().value();
    Element chart = body.appendElement("div").addClass("chart");
    chart
        .appendElement("p")
        .addClass("chart-title")
        .text(indicator.title().get(locale) + " · " + results.period());
    chart
        .appendElement("p")
        .addClass("muted")
        .text(IndicatorTexts.unit(indicator, locale, this::t));
    Element table = chart.appendElement("table").addClass("bars");
    for (AreaResult a : rows) {
      bar(table, a, max, national);
    }
    chart.appendElement("p").addClass("muted small").text(t("factsheet.chart.legend"));
    long hidden = results.areas().stream().filter(a -> a.value() == null).count();
    if (hidden > 0) {
      chart
          .appendElement("p")
          .addClass("muted small")
          .text(t("factsheet.chart.hidden", hidden, indicator.suppressionThreshold()));
    }
  }

  /** One area's row: name, bar with its 95 % interval and the national line, value. */
  private void bar(Element table, AreaResult a, double max, Double national) {
    Element row = table.appendElement("tr");
    if (a.area().isNational()) {
      row.addClass("national");
    }
    row.appendElement("td").addClass("name").text(a.area().name());
    Element lane = row.appendElement("td").addClass("track").appendElement("div").addClass("lane");
    lane.appendElement("div").addClass("bar").attr("style", "width:" + pct(a.value(), max) + "%");
    if (a.lower95() != null && a.upper95() != null) {
      lane.appendElement("div")
          .addClass("ci")
          .attr(
              "style",
              "left:"
                  + pct(a.lower95(), max)
                  + "%;width:"
                  + pct(a.upper95() - a.lower95(), max)
                  + "%");
    }
    if (national != null) {
      lane.appendElement("div").addClass("ref").attr("style", "left:" + pct(national, max) + "%");
    }
    row.appendElement("td").addClass("value").text(Formats.auto(a.value(), locale));
  }

  private void variation(Element body, IndicatorResults results) {
    VariationSummary v = results.variation();
    body.appendElement("h3").text(t("variation.title"));
    if (v == null) {
      body.appendElement("p").addClass("muted").text(t("variation.none"));
      return;
    }
    Element table = body.appendElement("table").addClass("variation");
    for (VariationTexts.Statistic s : VariationTexts.statistics(v)) {
      if (s.value() == null) {
        continue;
      }
      Element row = table.appendElement("tr");
      row.appendElement("td").addClass("stat").text(t(s.labelKey()));
      row.appendElement("td").addClass("num").text(Formats.number(s.value(), s.decimals(), locale));
      row.appendElement("td").addClass("muted").text(t(s.explanationKey()));
    }
  }

  private void selection(Element body, IndicatorDefinition indicator) {
    Element block = body.appendElement("div").addClass("selection");
    block.appendElement("h3").text(t("indicator.selection"));
    if (indicator.selection() != null) {
      block.append(Markdown.toHtml(indicator.selection().get(locale)));
    }
    String line = IndicatorTexts.unit(indicator, locale, this::t);
    if (indicator.source() != null) {
      line += " · " + t("indicator.source") + ": " + indicator.source().get(locale);
    }
    block.appendElement("p").addClass("muted").text(line);
  }

  private static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String pct(double value, double max) {
    return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, 100 * value / max)));
  }

  private String t(String key, Object... params) {
    return translate.apply(key, params);
  }

  private static InputStream font(String file) {
    InputStream in = FactSheetPdf.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The font /fonts/" + file + " is missing from the app jar");
    }
    return in;
  }

  private static String resource(String name) {
    try (InputStream in = FactSheetPdf.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
