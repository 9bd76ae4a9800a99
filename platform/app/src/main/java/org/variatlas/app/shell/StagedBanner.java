package org.variatlas.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.variatlas.app.topics.TopicPreview;
import org.variatlas.app.topics.TopicRegistry;

/**
 * For those who may preview it, at the top of a topic's pages: a newer version of the topic is
 * staged (with a button to preview it), or this page shows the staged version's figures while the
 * public sees the published ones (with a button back).
 */
public class StagedBanner extends Div {

  private StagedBanner(TopicPreview.StagedTopic staged, boolean previewing) {
    addClassName("va-draft-banner");
    addClassName("va-staged-banner");
    getElement().setAttribute("role", "status");
    getElement().setAttribute("data-previewing", String.valueOf(previewing));
    Span text =
        new Span(
            getTranslation(
                previewing ? "lifecycle.staged.previewing" : "lifecycle.staged.waiting",
                staged.pluginVersion(),
                staged.publicVersion()));
    Button toggle =
        new Button(
            getTranslation(previewing ? "lifecycle.staged.showPublic" : "lifecycle.staged.preview"),
            e -> switchTo(previewing ? "public" : "staged"));
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    toggle.addClassName("va-staged-toggle");
    add(text, toggle);
  }

  /**
   * Loads the page again with {@code ?version=staged|public} (its other parameters kept), so that
   * the address says which figures it shows and every part of the page reads them.
   */
  private static void switchTo(String version) {
    UI ui = UI.getCurrent();
    Location here = ui.getInternals().getActiveViewLocation();
    Map<String, List<String>> parameters = new HashMap<>(here.getQueryParameters().getParameters());
    parameters.put(PreviewSwitch.PARAMETER, List.of(version));
    ui.getPage()
        .setLocation(here.getPath() + "?" + new QueryParameters(parameters).getQueryString());
  }

  /** The banner of a topic's page, when a staged version of it exists for this person. */
  public static Optional<StagedBanner> of(TopicRegistry topics, String topicId) {
    Optional<TopicPreview.StagedTopic> previewed = topics.previewed(topicId);
    if (previewed.isPresent()) {
      return Optional.of(new StagedBanner(previewed.get(), true));
    }
    return topics.staged(topicId).map(s -> new StagedBanner(s, false));
  }
}
