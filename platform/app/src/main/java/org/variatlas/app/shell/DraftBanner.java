package org.variatlas.app.shell;

import com.vaadin.flow.component.html.Div;

/** "Draft — not public" at the top of every page of a draft topic, for those who may see it. */
public class DraftBanner extends Div {

  public DraftBanner() {
    addClassName("va-draft-banner");
    getElement().setAttribute("role", "status");
    setText(getTranslation("lifecycle.draft.banner"));
  }
}
