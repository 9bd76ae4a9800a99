package org.variatlas.app.factsheet;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
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
 * chart drawn as boxes (no script, no fonts needed beyond one embedded sans serif), so the PDF
 * looks the same on any machine.
 */
final class FactSheetPdf {

  /** Fonts tried in order; the first found is embedded (otherwise PDF's Helvetica is used). */
  private static final List<String[]> FONTS =
      List.of(
          new String[] {
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
          },
          new String[] {
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
          },
          new String[] {"/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"});

  private static final String FAMILY = "SheetSans";

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
    String html = html(blocks, topicTitle);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      for (String[] font : FONTS) {
        if (Files.isReadable(Path.of(font[0])) && Files.isReadable(Path.of(font[1]))) {
          builder.useFont(
              Path.of(font[0]).toFile(), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
          builder.useFont(
              Path.of(font[1]).toFile(), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
          break;
        }
      }
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the fact sheet PDF", e);
    }
  }

  /** The XHTML the PDF is rendered from (package-private for tests). */
  String html(List<SheetBlock> blocks, String topicTitle) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"")
        .append(locale.getLanguage())
        .append("\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(topicTitle))
        .append("</title>")
        .append("<style>")
        .append(css(topicTitle))
        .append("</style></head><body>");
    SheetBlock.Renderer<Void> renderer = new HtmlRenderer(h);
    for (SheetBlock block : blocks) {
      block.render(renderer);
    }
    h.append("<p class=\"footer\">")
        .append(esc(t("factsheet.generated", Formats.date(LocalDate.now(), locale))))
        .append(" ")
        .append(esc(t("factsheet.sources")))
        .append("</p>");
    return h.append("</body></html>").toString();
  }

  /** Appends each block's XHTML. */
  private final class HtmlRenderer implements SheetBlock.Renderer<Void> {
    private final StringBuilder h;

    HtmlRenderer(StringBuilder h) {
      this.h = h;
    }

    @Override
    public Void title(SheetBlock.Title t) {
      h.append("<div class=\"brand\">Variatlas · ").append(esc(t("app.tagline"))).append("</div>");
      h.append("<h1>").append(esc(t.title().get(locale))).append("</h1>");
      if (t.subtitle() != null) {
        h.append("<p class=\"subtitle\">").append(esc(t.subtitle().get(locale))).append("</p>");
      }
      return null;
    }

    @Override
    public Void heading(SheetBlock.Heading x) {
      h.append("<h2>").append(esc(x.text().get(locale))).append("</h2>");
      return null;
    }

    @Override
    public Void text(SheetBlock.Text x) {
      h.append(xhtml(Markdown.toHtml(x.markdown().get(locale))));
      return null;
    }

    @Override
    public Void notice(SheetBlock.Notice x) {
      h.append("<div class=\"notice\">")
          .append(xhtml(Markdown.toHtml(x.text().get(locale))))
          .append("</div>");
      return null;
    }

    @Override
    public Void keyFigures(SheetBlock.KeyFigures x) {
      FactSheetPdf.this.keyFigures(h, x.figures());
      return null;
    }

    @Override
    public Void rankedChart(SheetBlock.RankedChart x) {
      FactSheetPdf.this.rankedChart(h, x.results());
      return null;
    }

    @Override
    public Void variation(SheetBlock.Variation x) {
      FactSheetPdf.this.variation(h, x.results());
      return null;
    }

    @Override
    public Void selection(SheetBlock.Selection x) {
      FactSheetPdf.this.selection(h, x.indicator());
      return null;
    }
  }

  private void keyFigures(StringBuilder h, List<KeyFigure> figures) {
    h.append("<table class=\"figures\"><tr>");
    for (KeyFigure f : figures) {
      h.append("<td><div class=\"figure\">")
          .append(esc(Formats.number(f.value(), f.decimals(), locale)))
          .append("</div><div class=\"figure-label\">")
          .append(esc(f.label().get(locale)));
      if (f.unit() != null) {
        h.append("<br/><span class=\"muted\">").append(esc(f.unit().get(locale))).append("</span>");
      }
      h.append("</div></td>");
    }
    h.append("</tr></table>");
  }

  private void rankedChart(StringBuilder h, IndicatorResults results) {
    IndicatorDefinition indicator = results.indicator();
    List<AreaResult> rows =
        new java.util.ArrayList<>(results.areas().stream().filter(a -> a.value() != null).toList());
    if (results.national() != null && results.national().value() != null) {
      rows.add(results.national());
    }
    rows.sort(Comparator.comparing(AreaResult::value, Comparator.reverseOrder()));
    double max =
        rows.stream()
            .map(a -> a.upper95() != null ? a.upper95() : a.value())
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(1);
    max = niceMax(max);
    Double national = results.national() == null ? null : results.national().value();
    h.append("<div class=\"chart\"><p class=\"chart-title\">")
        .append(esc(indicator.title().get(locale)))
        .append(" · ")
        .append(esc(results.period().toString()))
        .append("</p>")
        .append("<p class=\"muted\">")
        .append(esc(IndicatorTexts.unit(indicator, locale, this::t)))
        .append("</p><table class=\"bars\">");
    for (AreaResult a : rows) {
      boolean isNational = a.area().isNational();
      h.append("<tr")
          .append(isNational ? " class=\"national\"" : "")
          .append("><td class=\"name\">")
          .append(esc(a.area().name()))
          .append("</td><td class=\"track\"><div class=\"lane\">");
      h.append("<div class=\"bar\" style=\"width:")
          .append(pct(a.value(), max))
          .append("%\"></div>");
      if (a.lower95() != null && a.upper95() != null) {
        h.append("<div class=\"ci\" style=\"left:")
            .append(pct(a.lower95(), max))
            .append("%;width:")
            .append(pct(a.upper95() - a.lower95(), max))
            .append("%\"></div>");
      }
      if (national != null) {
        h.append("<div class=\"ref\" style=\"left:")
            .append(pct(national, max))
            .append("%\"></div>");
      }
      h.append("</div></td><td class=\"value\">")
          .append(esc(Formats.auto(a.value(), locale)))
          .append("</td></tr>");
    }
    h.append("</table><p class=\"muted small\">")
        .append(esc(t("factsheet.chart.legend")))
        .append("</p>");
    long hidden = results.areas().stream().filter(a -> a.value() == null).count();
    if (hidden > 0) {
      h.append("<p class=\"muted small\">")
          .append(esc(t("factsheet.chart.hidden", hidden, indicator.suppressionThreshold())))
          .append("</p>");
    }
    h.append("</div>");
  }

  private void variation(StringBuilder h, IndicatorResults results) {
    VariationSummary v = results.variation();
    h.append("<h3>").append(esc(t("variation.title"))).append("</h3>");
    if (v == null) {
      h.append("<p class=\"muted\">").append(esc(t("variation.none"))).append("</p>");
      return;
    }
    h.append("<table class=\"variation\">");
    for (VariationTexts.Statistic s : VariationTexts.statistics(v)) {
      if (s.value() == null) {
        continue;
      }
      h.append("<tr><td class=\"stat\">")
          .append(esc(t(s.labelKey())))
          .append("</td><td class=\"num\">")
          .append(esc(Formats.number(s.value(), s.decimals(), locale)))
          .append("</td><td class=\"muted\">")
          .append(esc(t(s.explanationKey())))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private void selection(StringBuilder h, IndicatorDefinition indicator) {
    h.append("<div class=\"selection\"><h3>").append(esc(t("indicator.selection"))).append("</h3>");
    if (indicator.selection() != null) {
      h.append(xhtml(Markdown.toHtml(indicator.selection().get(locale))));
    }
    h.append("<p class=\"muted\">").append(esc(IndicatorTexts.unit(indicator, locale, this::t)));
    if (indicator.source() != null) {
      h.append(" · ")
          .append(esc(t("indicator.source")))
          .append(": ")
          .append(esc(indicator.source().get(locale)));
    }
    h.append("</p></div>");
  }

  private String css(String topicTitle) {
    return "@page { size: A4; margin: 16mm 15mm 18mm 15mm;"
        + " @bottom-left { content: '"
        + cssString(topicTitle)
        + "'; font-family: "
        + FAMILY
        + ", sans-serif; font-size: 7.5pt; color: #5b6b7b; }"
        + " @bottom-right { content: counter(page) ' / ' counter(pages); font-family: "
        + FAMILY
        + ", sans-serif; font-size: 7.5pt; color: #5b6b7b; } }"
        + "body { font-family: "
        + FAMILY
        + ", Helvetica, sans-serif; font-size: 9.5pt; color: #1b2733; line-height: 1.4; }.brand {"
        + " color: #1f5f8b; font-weight: bold; font-size: 8.5pt; letter-spacing: 0.5pt;"
        + " text-transform: uppercase; border-bottom: 2pt solid #1f5f8b; padding-bottom: 3pt; }h1 {"
        + " font-size: 20pt; margin: 8pt 0 2pt 0; color: #164766; }h2 { font-size: 13pt; margin:"
        + " 16pt 0 4pt 0; color: #164766; border-bottom: 0.6pt solid #dbe2ea; padding-bottom: 2pt;"
        + " page-break-after: avoid; }h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0;"
        + " page-break-after: avoid; }.subtitle { color: #5b6b7b; font-size: 11pt; margin: 0 0 6pt"
        + " 0; }p { margin: 3pt 0 5pt 0; } ul, ol { margin: 2pt 0 5pt 0; padding-left: 14pt;"
        + " }.muted { color: #5b6b7b; } .small { font-size: 8pt; }.notice { background: #fdf0d5;"
        + " border-left: 3pt solid #e9b949; padding: 4pt 8pt; margin: 6pt 0; }.figures { width:"
        + " 100%; border-collapse: separate; border-spacing: 4pt 0; margin: 4pt 0; }.figures td {"
        + " background: #e8f1f8; padding: 6pt 8pt; vertical-align: top; width: 25%; }.figure {"
        + " font-size: 15pt; font-weight: bold; color: #164766; }.figure-label { font-size: 8pt;"
        + " }.chart { page-break-inside: avoid; margin: 6pt 0; }.chart-title { font-weight: bold;"
        + " margin-bottom: 0; }.bars { width: 100%; border-collapse: collapse; }.bars td { padding:"
        + " 0.8pt 0; font-size: 8pt; }.bars td.name { width: 30%; padding-right: 6pt; text-align:"
        + " right; }.bars td.value { width: 12%; padding-left: 6pt; }.lane { position: relative;"
        + " height: 9pt; }.bar { position: absolute; left: 0; top: 1pt; height: 7pt; background:"
        + " #8fb4d1; }.national .bar { background: #6b2c7a; } .national td { font-weight: bold;"
        + " }.ci { position: absolute; top: 4pt; height: 0.9pt; background: #1b2733; }.ref {"
        + " position: absolute; top: 0; height: 9pt; width: 0; border-left: 0.8pt dashed #6b2c7a;"
        + " }.variation { border-collapse: collapse; width: 100%; }.variation td { border-bottom:"
        + " 0.5pt solid #dbe2ea; padding: 2pt 4pt; vertical-align: top; }.variation td.stat {"
        + " font-weight: bold; width: 22%; } .variation td.num { width: 12%; }.selection {"
        + " page-break-inside: avoid; }.footer { margin-top: 14pt; font-size: 7.5pt; color:"
        + " #5b6b7b; border-top: 0.5pt solid #dbe2ea; padding-top: 4pt; }";
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

  /** Our Markdown renderer's HTML as XHTML (the PDF renderer parses XML). */
  private static String xhtml(String html) {
    return html.replace("<br>", "<br/>");
  }

  private static String cssString(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
