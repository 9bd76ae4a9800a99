package org.variatlas.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void renders_paragraphs_lists_emphasis_and_links() {
    String html =
        Markdown.toHtml(
            "Pasientar med **angst**.\n\n* ICD-10 F40\n* F41\n\n1. ein\n2. to\n\nSjå"
                + " [SKDE](https://www.skde.no) og *meir*.");
    assertThat(html)
        .isEqualTo(
            "<div class=\"va-markdown\"><p>Pasientar med <strong>angst</strong>.</p><ul><li>ICD-10"
                + " F40</li><li>F41</li></ul><ol><li>ein</li><li>to</li></ol><p>Sjå <a"
                + " rel=\"noopener\" href=\"https://www.skde.no\" target=\"_blank\">SKDE</a> og"
                + " <em>meir</em>.</p></div>");
  }

  @Test
  void markup_in_the_source_is_escaped_and_br_becomes_a_line_break() {
    assertThat(Markdown.toHtml("Se <script>alert(1)</script> a<br>b"))
        .isEqualTo(
            "<div class=\"va-markdown\"><p>Se &lt;script&gt;alert(1)&lt;/script&gt; a<br />b</p></div>");
    assertThat(Markdown.toHtml("<img src=x onerror=alert(1)>"))
        .doesNotContain("<img")
        .contains("&lt;img");
  }

  @Test
  void link_urls_other_than_web_and_mail_are_dropped() {
    assertThat(Markdown.toHtml("[klikk](javascript:alert(1))")).doesNotContain("javascript:");
    assertThat(Markdown.toHtml("[e-post](mailto:post@skde.no)"))
        .contains("href=\"mailto:post@skde.no\"");
  }

  @Test
  void headings_sit_two_levels_below_the_page_headings() {
    assertThat(Markdown.toHtml("# Utval\n\n## Metode"))
        .isEqualTo("<div class=\"va-markdown\"><h3>Utval</h3><h4>Metode</h4></div>");
  }

  @Test
  void lines_of_a_paragraph_are_joined() {
    assertThat(Markdown.toHtml("ein\nto"))
        .isEqualTo("<div class=\"va-markdown\"><p>ein to</p></div>");
  }

  @Test
  void empty_and_missing_texts_render_an_empty_block() {
    assertThat(Markdown.toHtml(null)).isEqualTo("<div class=\"va-markdown\"></div>");
    assertThat(Markdown.toHtml("")).isEqualTo("<div class=\"va-markdown\"></div>");
  }

  @Test
  void plain_text_drops_the_markup() {
    assertThat(Markdown.toPlainText("**Fett** og [lenke](https://x.no)<br>ny linje"))
        .isEqualTo("Fett og lenke ny linje");
  }
}
