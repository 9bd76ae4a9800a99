package org.variatlas.api.ui;

/**
 * A user clicked (or pressed Enter on) a feature of an {@link AreaMap}. It is an {@link
 * AreaClickEvent}, so one listener can serve the map and the charts.
 *
 * <pre>{@code
 * map.addFeatureClickListener(e -> Notification.show(e.getCode() + (e.isShiftKey() ? " +" : "")));
 * }</pre>
 */
public class FeatureClickEvent extends AreaClickEvent {

  public FeatureClickEvent(
      AreaMap source, boolean fromClient, String code, boolean shiftKey, boolean ctrlKey) {
    super(source, fromClient, code, shiftKey, ctrlKey);
  }

  /** The map clicked. */
  public AreaMap getMap() {
    return (AreaMap) getSource();
  }
}
