package org.variatlas.app.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset topic texts use (paragraphs, headings, bullet and numbered
 * lists, bold, italic, links, line breaks) to HTML. Input is escaped first, so plugin and source
 * texts can never inject markup; only {@code <br>} is kept, since published texts use it.
 */
public final class Markdown {

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![*\\w])[*_]([^*_\\s][^*_]*?)[*_](?![*\\w])");
  private static final Pattern BULLET = Pattern.compile("^\\s*[*\\-+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,4})\\s+(.*)$");

  private Markdown() {}

  /** HTML for the text, wrapped in one {@code <div>} (Vaadin's {@code Html} needs one root). */
  public static String toHtml(String markdown) {
    StringBuilder html = new StringBuilder("<div class=\"va-markdown\">");
    if (markdown != null) {
      String text = markdown.replace("\r\n", "\n").replace('\t', ' ').replace('\u00a0', ' ');
      String list = null;
      StringBuilder paragraph = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        Matcher heading = HEADING.matcher(line);
        String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
        if (kind != null) {
          flush(html, paragraph);
          if (!kind.equals(list)) {
            closeList(html, list);
            html.append('<').append(kind).append('>');
            list = kind;
          }
          String item = kind.equals("ul") ? bullet.group(1) : numbered.group(1);
          html.append("<li>").append(inline(item)).append("</li>");
        } else if (heading.matches()) {
          flush(html, paragraph);
          list = closeList(html, list);
          int level = Math.min(6, heading.group(1).length() + 2);
          html.append("<h")
              .append(level)
              .append('>')
              .append(inline(heading.group(2)))
              .append("</h")
              .append(level)
              .append('>');
        } else if (line.isBlank()) {
          flush(html, paragraph);
          list = closeList(html, list);
        } else {
          list = closeList(html, list);
          if (paragraph.length() > 0) {
            paragraph.append(' ');
          }
          paragraph.append(line.trim());
        }
      }
      flush(html, paragraph);
      closeList(html, list);
    }
    return html.append("</div>").toString();
  }

  /** Plain text without markup, for tooltips and short descriptions. */
  public static String toPlainText(String markdown) {
    if (markdown == null) {
      return "";
    }
    String t = LINK.matcher(markdown).replaceAll("$1");
    t = t.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("[*_#]", "");
    return t.replaceAll("\\s+", " ").trim();
  }

  private static void flush(StringBuilder html, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      html.append("<p>").append(inline(paragraph.toString())).append("</p>");
      paragraph.setLength(0);
    }
  }

  private static String closeList(StringBuilder html, String list) {
    if (list != null) {
      html.append("</").append(list).append('>');
    }
    return null;
  }

  private static String inline(String text) {
    String t = escape(text);
    t = t.replaceAll("(?i)&lt;br\\s*/?&gt;", "<br>");
    t = LINK.matcher(t).replaceAll("<a href=\"$2\" rel=\"noopener\" target=\"_blank\">$1</a>");
    t = BOLD.matcher(t).replaceAll("<strong>$1</strong>");
    t = ITALIC.matcher(t).replaceAll("<em>$1</em>");
    return t;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
