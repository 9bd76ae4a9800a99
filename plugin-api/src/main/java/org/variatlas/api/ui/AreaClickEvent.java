package org.variatlas.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * A user clicked (or pressed Enter on) an area in a kit component: a bar, a dot, a funnel point, a
 * trend line or a map feature ({@link FeatureClickEvent}). The national total is never reported.
 *
 * <pre>{@code
 * chart.addAreaClickListener(e -> selection.toggle(e.getCode()));
 * }</pre>
 */
public class AreaClickEvent extends ComponentEvent<Component> {

  private final String code;
  private final boolean shiftKey;
  private final boolean ctrlKey;

  /**
   * @param source the component clicked
   * @param fromClient whether the browser reported it
   * @param code the area's code ({@link org.variatlas.api.model.AreaRef#code()})
   * @param shiftKey whether Shift was held
   * @param ctrlKey whether Ctrl or, on a Mac, Cmd was held
   */
  public AreaClickEvent(
      Component source, boolean fromClient, String code, boolean shiftKey, boolean ctrlKey) {
    super(source, fromClient);
    this.code = code;
    this.shiftKey = shiftKey;
    this.ctrlKey = ctrlKey;
  }

  /** The area's code. */
  public String getCode() {
    return code;
  }

  /** Whether Shift was held. */
  public boolean isShiftKey() {
    return shiftKey;
  }

  /** Whether Ctrl (or Cmd) was held. */
  public boolean isCtrlKey() {
    return ctrlKey;
  }

  /** Whether the user asked to add to the selection rather than replace it (Shift or Ctrl). */
  public boolean isAdditive() {
    return shiftKey || ctrlKey;
  }
}
