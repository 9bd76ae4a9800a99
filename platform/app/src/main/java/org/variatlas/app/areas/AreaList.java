package org.variatlas.app.areas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.SharedSpecs;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * The level's areas beside the map, for the keyboard and for areas too small to click: grouped
 * under their region (whose button selects them all) on hf and hf19, as buttons on small levels,
 * and as a searchable list on large ones (kommuner). The buttons are built by the browser ({@code
 * <va-area-list>}, {@code variatlas/area-list.js}) from a JSON document that depends on the level,
 * year and language only, kept once for every reader when the panel shares its state; the reader's
 * session keeps no component per area.
 */
final class AreaList extends Div {

  /** Levels with more areas get a search box instead of a list of buttons. */
  static final int LIST_LIMIT = 40;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The browser side of the buttons. */
  @Tag("va-area-list")
  @JsModule("./variatlas/area-list.js")
  static final class Element extends Component {}

  private final GeographyPack pack;
  private final MappingVersion version;
  private final int year;
  private final AreaSelection selection;
  private final Element buttons = new Element();
  private MultiSelectComboBox<String> search;
  private SharedSpecs shared;
  private String level;

  AreaList(GeographyPack pack, MappingVersion version, int year, AreaSelection selection) {
    this.pack = pack;
    this.version = version;
    this.year = year;
    this.selection = selection;
    addClassName("va-areas-list");
    buttons
        .getElement()
        .addEventListener(
            "va-areas-toggle",
            e ->
                toggle(
                    e.getEventData().getString("event.detail.code"),
                    e.getEventData().getString("event.detail.region")))
        .addEventData("event.detail.code")
        .addEventData("event.detail.region");
  }

  /** Keeps the buttons' document in {@code specs}, shared by every reader. */
  void share(SharedSpecs specs) {
    this.shared = specs;
    if (level != null && search == null) {
      sendButtons();
    }
  }

  private Locale language() {
    return VariatlasI18NProvider.supported(getLocale());
  }

  /** Shows the areas of a level. */
  void show(String level) {
    this.level = level;
    removeAll();
    search = null;
    List<Area> areas = pack.areasIn(version, level, year);
    if (areas.size() > LIST_LIMIT) {
      add(search(areas));
      return;
    }
    add(buttons);
    sendButtons();
  }

  private void sendButtons() {
    Locale language = language();
    String shown = level;
    Supplier<String> render = () -> document(shown, language);
    if (shared == null) {
      buttons.getElement().removeProperty("dataUrl");
      buttons.getElement().setProperty("data", render.get());
    } else {
      buttons.getElement().removeProperty("data");
      buttons
          .getElement()
          .setProperty(
              "dataUrl",
              shared.url(
                  "area-list/" + shown + "/" + year + "/" + language.toLanguageTag(), render));
    }
  }

  /** The buttons of a level: per region its name, colour, hint and areas; or one plain group. */
  private String document(String level, Locale language) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode groups = root.putArray("groups");
    String parentLevel = pack.level(level).map(AreaLevel::parent).orElse(null);
    if ("rhf".equals(parentLevel)) {
      for (Area region : pack.areasIn(version, parentLevel, year)) {
        ObjectNode group =
            groups
                .addObject()
                .put("region", region.code())
                .put("name", region.name(language))
                .put("fill", AreaMapPanel.fill(region.code()))
                .put(
                    "hint",
                    getTranslation(language, "areas.map.regionHint", region.name(language)));
        ArrayNode items = group.putArray("areas");
        for (String code : AreaQuery.children(pack, version, year, level, region.code())) {
          items.addObject().put("code", code).put("name", name(code, language));
        }
      }
    } else {
      ArrayNode items = groups.addObject().putArray("areas");
      for (Area area : pack.areasIn(version, level, year)) {
        items.addObject().put("code", area.code()).put("name", area.name(language));
      }
    }
    return root.toString();
  }

  private String name(String code, Locale language) {
    return pack.area(level, code).map(a -> a.name(language)).orElse(code);
  }

  private MultiSelectComboBox<String> search(List<Area> areas) {
    search = new MultiSelectComboBox<>(getTranslation("areas.map.search"));
    search.setItems(areas.stream().map(Area::code).toList());
    search.setItemLabelGenerator(code -> name(code, language()) + " (" + code + ")");
    search.setWidthFull();
    search.setId("area-search");
    search.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            Set<String> wanted = new LinkedHashSet<>(selection.get());
            wanted.retainAll(e.getValue());
            wanted.addAll(e.getValue());
            selection.set(wanted);
          }
        });
    return search;
  }

  /** A press on an area's button toggles it; on a region's, all its areas of the level. */
  private void toggle(String code, String region) {
    if (code != null && !code.isEmpty() && pack.area(level, code).isPresent()) {
      selection.toggle(code);
    } else if (region != null && !region.isEmpty()) {
      selection.toggleAll(AreaQuery.children(pack, version, year, level, region));
    }
  }

  /** The selection in the list: pressed buttons, or the search box's value. */
  void showSelected(Set<String> codes) {
    buttons.getElement().setProperty("selected", String.join(",", codes));
    if (search != null && !search.getValue().equals(codes)) {
      search.setValue(codes);
    }
  }
}
