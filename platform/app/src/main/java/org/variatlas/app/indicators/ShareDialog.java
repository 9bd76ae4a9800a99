package org.variatlas.app.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Share": a link to the page as it is (language, level, period and selection), and the HTML that
 * embeds one of its charts or its map in another site (an {@code <iframe>} of {@link EmbedView}),
 * each with a copy button.
 */
class ShareDialog extends Dialog {

  private final IndicatorPage page;
  private final Set<String> selection;
  private final TextField link = new TextField();
  private final TextArea embed = new TextArea();
  private final RadioButtonGroup<EmbedView.Part> part = new RadioButtonGroup<>();
  private String origin = "";

  ShareDialog(IndicatorPage page, Set<String> selection) {
    this.page = page;
    this.selection = Set.copyOf(selection);
    setHeaderTitle(getTranslation("share.title"));
    setId("share-dialog");
    addClassName("va-share");
    configureLink();
    configureEmbed();
    Button close = new Button(getTranslation("share.close"), e -> close());
    close.setId("share-close");
    getFooter().add(close);
  }

  /** Opens the dialog once the browser has told the page's address (for absolute links). */
  void show() {
    getUI()
        .orElseThrow()
        .getPage()
        .fetchCurrentURL(
            url -> {
              URI uri = URI.create(url.toString());
              origin = uri.getScheme() + "://" + uri.getRawAuthority() + "/";
              refresh();
            });
    open();
  }

  private void configureLink() {
    link.setLabel(getTranslation("share.link"));
    link.setReadOnly(true);
    link.setWidthFull();
    link.setId("share-link");
    Button copy = new Button(getTranslation("share.copyLink"), e -> copy(link.getValue()));
    copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    copy.setId("share-copy-link");
    Paragraph hint = new Paragraph(getTranslation("share.link.hint"));
    hint.addClassName("va-muted");
    add(new Div(link, copy, hint));
  }

  private void configureEmbed() {
    part.setLabel(getTranslation("share.embed.part"));
    part.setItems(EmbedView.Part.values());
    part.setItemLabelGenerator(p -> getTranslation("share.embed." + p.id()));
    part.setValue(EmbedView.Part.BARS);
    part.addValueChangeListener(e -> refresh());
    part.setId("share-embed-part");
    embed.setLabel(getTranslation("share.embed"));
    embed.setReadOnly(true);
    embed.setWidthFull();
    embed.setId("share-embed");
    Button copy = new Button(getTranslation("share.copyEmbed"), e -> copy(embed.getValue()));
    copy.setId("share-copy-embed");
    Paragraph hint = new Paragraph(getTranslation("share.embed.hint"));
    hint.addClassName("va-muted");
    add(new Div(part, embed, copy, hint));
  }

  private void refresh() {
    QueryParameters query = page.query(page.level(), page.period(), selection);
    link.setValue(origin + new Location(page.path(), query).getPathWithQueryParameters());
    Map<String, List<String>> params = new LinkedHashMap<>(query.getParameters());
    params.put(EmbedView.PART, List.of(part.getValue().id()));
    String src =
        origin
            + new Location(
                    "embed/" + page.topic().id() + "/" + page.indicator().id(),
                    new QueryParameters(params))
                .getPathWithQueryParameters();
    embed.setValue(
        "<iframe src=\""
            + src.replace("&", "&amp;")
            + "\" title=\""
            + page.title().replace("\"", "&quot;")
            + "\" style=\"width:100%;max-width:900px;height:"
            + part.getValue().height()
            + "px;border:0\" loading=\"lazy\"></iframe>");
  }

  private void copy(String text) {
    getElement()
        .executeJs(
            "return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true,"
                + " () => false) : false",
            text)
        .then(
            Boolean.class,
            ok ->
                Notification.show(
                    getTranslation(ok ? "share.copied" : "share.copyFailed"),
                    3000,
                    Notification.Position.BOTTOM_START));
  }
}
