package org.variatlas.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.dom.DomEvent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The two things every kit element does with its browser side: send its state once per round trip
 * however many setters ran, and turn the element's area-click DOM events into typed events.
 */
final class ClientBridge {

  /** Builds the typed event of a click. */
  @FunctionalInterface
  interface ClickFactory {
    ComponentEvent<?> create(String code, boolean shiftKey, boolean ctrlKey);
  }

  private final Component component;
  private final Runnable send;
  private final LinkedHashSet<String> selected = new LinkedHashSet<>();
  private boolean scheduled;

  /**
   * @param component the kit element
   * @param send sets the element's properties from the component's current state
   */
  ClientBridge(Component component, Runnable send) {
    this.component = component;
    this.send = send;
  }

  /** Keeps the selected area codes (in selection order) and sends them if they changed. */
  void select(Set<String> codes) {
    if (List.copyOf(selected).equals(List.copyOf(codes))) {
      return;
    }
    selected.clear();
    selected.addAll(codes);
    schedule();
  }

  /** The selected area codes in selection order. */
  Set<String> selected() {
    return Collections.unmodifiableSet(selected);
  }

  /** Runs {@code send} before the next response, once, when the component is attached. */
  void schedule() {
    if (scheduled) {
      return;
    }
    scheduled = true;
    component
        .getElement()
        .getNode()
        .runWhenAttached(
            ui ->
                ui.beforeClientResponse(
                    component,
                    context -> {
                      scheduled = false;
                      send.run();
                    }));
  }

  /**
   * Fires the event the factory makes for every {@code domEvent} with a non-empty {@code
   * detail.code} (the browser modules dispatch it with {@code shiftKey} and {@code ctrlKey}).
   */
  static void onAreaClick(
      Component component,
      String domEvent,
      ClickFactory factory,
      Consumer<ComponentEvent<?>> fire) {
    component
        .getElement()
        .addEventListener(
            domEvent,
            (DomEvent e) -> {
              String code = e.getEventData().getString("event.detail.code");
              if (code != null && !code.isEmpty()) {
                fire.accept(
                    factory.create(
                        code,
                        e.getEventData().getBoolean("event.detail.shiftKey"),
                        e.getEventData().getBoolean("event.detail.ctrlKey")));
              }
            })
        .addEventData("event.detail.code")
        .addEventData("event.detail.shiftKey")
        .addEventData("event.detail.ctrlKey");
  }
}
