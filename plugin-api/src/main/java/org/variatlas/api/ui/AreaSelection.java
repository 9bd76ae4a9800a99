package org.variatlas.api.ui;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One selection of areas shared by several components: a click in any of them toggles the area, and
 * all of them highlight the new selection. The order of selection is kept (the trend chart colours
 * lines by it). Not thread-safe: use it from the UI thread, like the components.
 *
 * <pre>{@code
 * AreaSelection selection = new AreaSelection();
 * selection.connect(map, bars, trend, funnel, strip);
 * selection.addChangeListener(codes -> updateUrl(codes)); // e.g. ?area=16&area=2
 * selection.set(codesFromUrl);
 * }</pre>
 */
public final class AreaSelection {

  private final LinkedHashSet<String> codes = new LinkedHashSet<>();
  private final List<SelectableAreas> components = new ArrayList<>();
  private final List<Consumer<Set<String>>> listeners = new ArrayList<>();

  /**
   * Shows this selection in the components and toggles it on their clicks.
   *
   * @return a registration that disconnects them again
   */
  public Registration connect(SelectableAreas... targets) {
    List<Registration> registrations = new ArrayList<>();
    for (SelectableAreas target : targets) {
      components.add(target);
      target.setSelectedAreas(get());
      registrations.add(target.addAreaClickListener(e -> toggle(e.getCode())));
    }
    return () -> {
      registrations.forEach(Registration::remove);
      components.removeAll(List.of(targets));
    };
  }

  /** Called with the new selection after every change. */
  public Registration addChangeListener(Consumer<Set<String>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** The selected codes in the order they were selected (unmodifiable). */
  public Set<String> get() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }

  /** Adds the area if it is not selected, removes it if it is. */
  public void toggle(String code) {
    if (!codes.remove(code)) {
      codes.add(code);
    }
    changed();
  }

  /** Adds all the areas (e.g. a region's), or removes them when all are selected already. */
  public void toggleAll(Collection<String> group) {
    Set<String> now = new LinkedHashSet<>(codes);
    if (now.containsAll(group)) {
      now.removeAll(group);
    } else {
      now.addAll(group);
    }
    set(now);
  }

  /** Replaces the selection (e.g. from the URL). */
  public void set(Collection<String> selected) {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(selected));
    if (List.copyOf(codes).equals(wanted)) {
      return;
    }
    codes.clear();
    codes.addAll(wanted);
    changed();
  }

  public void clear() {
    set(List.of());
  }

  private void changed() {
    Set<String> now = get();
    components.forEach(c -> c.setSelectedAreas(now));
    List.copyOf(listeners).forEach(l -> l.accept(now));
  }
}
