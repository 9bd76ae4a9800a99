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
                + " href=\"https://www.skde.no\" rel=\"noopener\" target=\"_blank\">SKDE</a> og"
                + " <em>meir</em>.</p></div>");
  }

  @Test
  void markup_in_the_source_is_escaped_except_line_breaks() {
    assertThat(Markdown.toHtml("<script>alert(1)</script> a<br>b"))
        .isEqualTo(
            "<div class=\"va-markdown\"><p>&lt;script&gt;alert(1)&lt;/script&gt; a<br>b</p></div>");
  }

  @Test
  void plain_text_drops_the_markup() {
    assertThat(Markdown.toPlainText("**Fett** og [lenke](https://x.no)<br>ny linje"))
        .isEqualTo("Fett og lenke ny linje");
  }
}
