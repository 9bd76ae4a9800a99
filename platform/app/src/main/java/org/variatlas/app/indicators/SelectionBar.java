package org.variatlas.app.indicators;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.AreaLevel;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyPack;

/**
 * The page's selection as removable chips, the health regions as shortcuts (a region selects its
 * areas), "clear", the map's zoom buttons and "share". Every change of the selection is announced
 * to screen readers. The zoom and share buttons report {@link ActionEvent}s to the page.
 */
class SelectionBar extends Composite<Div> {

  /** What the visitor asked the page to do. */
  enum Action {
    ZOOM_INSET,
    ZOOM_ALL,
    SHARE
  }

  /** A button of the bar that the page acts on. */
  static final class ActionEvent extends ComponentEvent<SelectionBar> {
    private final Action action;

    ActionEvent(SelectionBar source, Action action) {
      super(source, true);
      this.action = action;
    }

    Action action() {
      return action;
    }
  }

  private final AreaSelection selection;
  private final IndicatorPage page;
  private final Map<String, String> names = new HashMap<>();
  private final Div chips = new Div();
  private final Div announcer = new Div();
  private Set<String> shown = Set.of();

  SelectionBar(IndicatorPage page, IndicatorResults results, AreaSelection selection, boolean map) {
    this.page = page;
    this.selection = selection;
    results.areas().forEach(a -> names.put(a.area().code(), a.area().name()));
    Div bar = getContent();
    bar.addClassName("va-selection-bar");
    configureChips();
    configureRegions();
    Button clear = small(getTranslation("indicator.chosen.clear"), e -> selection.clear());
    clear.setId("indicator-clear");
    bar.add(clear);
    if (map) {
      bar.add(small(getTranslation("indicator.zoomOslo"), e -> act(Action.ZOOM_INSET)));
      bar.add(small(getTranslation("indicator.zoomAll"), e -> act(Action.ZOOM_ALL)));
    }
    Button share = new Button(getTranslation("indicator.share"), e -> act(Action.SHARE));
    share.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    share.setId("indicator-share");
    share.addClassName("va-share-button");
    bar.add(share);
    announcer.addClassName("va-sr-only");
    announcer.setId("indicator-announcer");
    announcer.getElement().setAttribute("aria-live", "polite");
    bar.add(announcer);
    selection.addChangeListener(this::changed);
    shown = selection.get();
    refresh();
  }

  Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  private void act(Action action) {
    fireEvent(new ActionEvent(this, action));
  }

  private void configureChips() {
    Span label = new Span(getTranslation("indicator.chosen") + ":");
    label.addClassName("va-selection-label");
    chips.addClassName("va-chips");
    chips.setId("indicator-selection");
    getContent().add(label, chips);
  }

  private void configureRegions() {
    GeographyPack pack = page.pack();
    List<Area> regions =
        pack.level(page.level())
            .map(AreaLevel::parent)
            .map(parent -> pack.areasIn(pack.defaultVersion(), parent, page.period().to()))
            .orElse(List.of());
    if (regions.isEmpty()) {
      return;
    }
    Div quick = new Div();
    quick.addClassName("va-region-buttons");
    for (Area region : regions) {
      Button b = small(region.name(page.locale()), e -> toggleRegion(region.code()));
      b.getElement().setAttribute("data-region", region.code());
      quick.add(b);
    }
    getContent().add(quick);
  }

  /** Selecting a region selects all its areas; if all are selected already, deselects them. */
  private void toggleRegion(String regionCode) {
    GeographyPack pack = page.pack();
    List<String> members =
        AreaQuery.children(
            pack, pack.defaultVersion(), page.period().to(), page.level(), regionCode);
    selection.toggleAll(members);
  }

  private void changed(Set<String> now) {
    Set<String> added = new LinkedHashSet<>(now);
    added.removeAll(shown);
    Set<String> removed = new LinkedHashSet<>(shown);
    removed.removeAll(now);
    shown = Set.copyOf(now);
    refresh();
    StringBuilder text = new StringBuilder();
    if (added.size() == 1 && removed.isEmpty()) {
      text.append(getTranslation("indicator.announce.added", name(added.iterator().next())));
    } else if (removed.size() == 1 && added.isEmpty()) {
      text.append(getTranslation("indicator.announce.removed", name(removed.iterator().next())));
    }
    text.append(' ').append(getTranslation("indicator.announce.count", now.size()));
    announcer.setText(text.toString().trim());
  }

  private void refresh() {
    chips.removeAll();
    if (selection.get().isEmpty()) {
      Span none = new Span(getTranslation("indicator.chosen.none"));
      none.addClassName("va-muted");
      chips.add(none);
    }
    for (String code : selection.get()) {
      Button chip = new Button(name(code) + " \u00d7", e -> selection.toggle(code));
      chip.addClassName("va-chip");
      chip.getElement().setAttribute("data-code", code);
      chip.setAriaLabel(getTranslation("indicator.chosen.remove", name(code)));
      chips.add(chip);
    }
  }

  private String name(String code) {
    return names.getOrDefault(code, code);
  }

  private static Button small(
      String text, ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
    Button b = new Button(text, listener);
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return b;
  }
}
