package org.variatlas.api.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/**
 * A kit component that shows areas, reports clicks on them and highlights a selection: the map and
 * every chart. {@link AreaSelection#connect} wires any number of them to one selection.
 */
public interface SelectableAreas {

  /** Highlights these areas (codes); an empty set clears the highlight. */
  void setSelectedAreas(Set<String> codes);

  /** Called when the user clicks an area or presses Enter on it. */
  Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener);
}
