package org.variatlas.app.text;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders topic texts (from plugins, published atlases and our bundles) from CommonMark to HTML
 * with commonmark-java. Raw HTML in the source is escaped and link URLs are sanitised (only {@code
 * http}, {@code https} and {@code mailto}), so third-party texts can never inject markup; the one
 * tag published texts use, {@code <br>}, becomes a hard line break first. Headings are shifted down
 * two levels ({@code #} renders as {@code <h3>}) because a text always sits under a page's own
 * {@code h1}/{@code h2}.
 */
public final class Markdown {

  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .softbreak(" ")
          .attributeProviderFactory(context -> Markdown::linkAttributes)
          .nodeRendererFactory(ShiftedHeading::new)
          .build();

  private Markdown() {}

  /** HTML for the text, wrapped in one {@code <div>} (Vaadin's {@code Html} needs one root). */
  public static String toHtml(String markdown) {
    String body = markdown == null ? "" : HTML.render(parse(markdown)).strip();
    return "<div class=\"va-markdown\">" + body.replace("\n", "") + "</div>";
  }

  /** Plain text without markup, for tooltips and short descriptions. */
  public static String toPlainText(String markdown) {
    if (markdown == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text node) {
                text.append(node.getLiteral());
              }

              @Override
              public void visit(Code node) {
                text.append(node.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak node) {
                text.append(' ');
              }

              @Override
              public void visit(HardLineBreak node) {
                text.append(' ');
              }

              @Override
              public void visit(Paragraph node) {
                text.append(' ');
                visitChildren(node);
              }
            });
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static Node parse(String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\u00a0', ' ');
    return PARSER.parse(BR.matcher(text).replaceAll("\\\\\n"));
  }

  private static void linkAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Link) {
      attributes.put("rel", "noopener");
      attributes.put("target", "_blank");
    }
  }

  /** {@code #} as {@code <h3>} ... down to {@code <h6>}. */
  private static final class ShiftedHeading implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ShiftedHeading(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
      String tag = "h" + Math.min(6, ((Heading) node).getLevel() + 2);
      html.tag(tag, context.extendAttributes(node, tag, Map.of()));
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag('/' + tag);
    }
  }
}
