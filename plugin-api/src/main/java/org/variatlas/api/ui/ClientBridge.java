package org.variatlas.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.dom.DomEvent;
import java.util.function.Consumer;

/**
 * The two things every kit element does with its browser side: send its state once per round
 * trip however many setters ran, and turn the element's area-click DOM events into typed events.
 */
final class ClientBridge {

  /** Builds the typed event of a click. */
  @FunctionalInterface
  interface ClickFactory {
    ComponentEvent<?> create(String code, boolean shiftKey, boolean ctrlKey);
  }

  private final Component component;
  private final Runnable send;
  private boolean scheduled;

  /**
   * @param component the kit element
   * @param send sets the element's properties from the component's current state
   */
  ClientBridge(Component component, Runnable send) {
    this.component = component;
    this.send = send;
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
      Component component, String domEvent, ClickFactory factory, Consumer<ComponentEvent<?>> fire) {
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
