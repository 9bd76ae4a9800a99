// <va-area-map>: the Variatlas UI kit's map (see org.variatlas.api.ui.AreaMap), a thin wrapper of
// Leaflet 1.9 that reads well without tiles: polygons, borders, tooltips, legend, inset.
// Properties set by Java: `areas` (GeoJSON text) or `areasUrl` (fetched here), `state` (JSON:
// styles, tooltips, selection, legend, inset, tiles, labels) or `stateUrl` (the app's shared copy,
// fetched here) with `selected` (JSON array of codes), and `overlays` (JSON array; an overlay
// with `url` instead of `data` is fetched).
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { esc, fetchShared, fetchedProperty, sharedWithSelection, upgradeProperties } from './kit-common.js';
import { keyboardOrder, rove, key, showTip, hideTip, oneTooltipAtATime } from './map-keyboard.js';
import { outline, touchHint, addHatch } from './map-outlines.js';
import { placeInset, boundsOf } from './map-inset.js';
import { addControls, renderControls } from './map-controls.js';

const INK = '#1b2733';

class VaAreaMap extends HTMLElement {
  constructor() {
    super();
    this._state = null;
    this._areas = null;
    this._overlays = [];
    this._features = new Map(); // code -> { main, inset, name }
    upgradeProperties(this, ['areas', 'areasUrl', 'state', 'stateUrl', 'selected', 'overlays']);
  }

  set areas(value) {
    this._areasText = value;
    this._areas = value ? JSON.parse(value) : null;
    this._areasChanged = true;
    this._update();
  }

  get areas() {
    return this._areasText;
  }

  set state(value) {
    this._stateText = value;
    this._state = value ? JSON.parse(value) : null;
    this._update();
  }

  get state() {
    return this._stateText;
  }

  set overlays(value) {
    this._overlaysText = value;
    const overlays = value ? JSON.parse(value) : [];
    this._overlays = overlays.filter((o) => !o.url);
    this._overlaysChanged = true;
    this._update();
    for (const o of overlays.filter((o) => o.url)) {
      fetchShared(o.url).then(
        (data) => {
          if (this._overlaysText !== value) return;
          this._overlays = [...this._overlays, { ...o, data }];
          this._overlaysChanged = true;
          this._update();
        },
        () => {},
      );
    }
  }

  get overlays() {
    return this._overlaysText;
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'va-map-canvas';
      this.appendChild(this._canvas);
    }
    this._observer = new ResizeObserver(() => this._resized());
    this._observer.observe(this._canvas);
    this._update();
  }

  disconnectedCallback() {
    if (this._observer) this._observer.disconnect();
    for (const m of [this._map, this._insetMap]) if (m) m.remove();
    this._map = null;
    this._insetMap = null;
    this._layer = null;
    this._insetLayer = null;
    this._hatch = null;
    this._outlines = {};
    this._insetOutline = null;
    this._areasChanged = true;
    this._overlaysChanged = true;
  }

  _hasSize() {
    return this._canvas && this._canvas.clientWidth > 0 && this._canvas.clientHeight > 0;
  }

  _resized() {
    if (!this._map) {
      this._update();
      return;
    }
    this._map.invalidateSize();
    // Until the user pans or zooms, keep the whole map in view as the container changes.
    if (!this._userMoved) this.fitAll();
    this._placeInset();
  }

  // Leaflet draws paths as "M0 0" into a 0x0 container: build the map only once it has a size.
  _update() {
    if (!this.isConnected || !this._state || !this._hasSize()) return;
    if (!this._map) this._createMap();
    if (this._areasChanged && this._areas) {
      this._areasChanged = false;
      this._buildAreas();
      this.fitAll();
    }
    if (this._overlaysChanged) {
      this._overlaysChanged = false;
      this._buildOverlays();
    }
    this._applyState();
  }

  _createMap() {
    // On a touch screen one finger scrolls the page past the map; two fingers move and zoom it.
    this._touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    this._map = L.map(this._canvas, {
      zoomControl: false,
      attributionControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 2,
      maxZoom: 13,
      scrollWheelZoom: false,
      dragging: !this._touch,
      touchZoom: true,
      // The areas are the map's keyboard stop (one Tab stop, arrows move between them): the
      // container itself is not focusable.
      keyboard: false,
      // A closed tooltip goes at once: with the fade it lingers 200 ms beside the next one.
      fadeAnimation: false,
      renderer: L.svg({ padding: 0.5 }),
    });
    // Outlines of the selected, hovered and focused areas are drawn in a pane of their own above
    // the areas, never by moving an area's path: a moved path loses focus and the click on it.
    this._map.createPane('va-outline').style.pointerEvents = 'none';
    this._map.getPane('va-outline').style.zIndex = 450;
    this._outlineRenderer = L.svg({ pane: 'va-outline', padding: 0.5 });
    oneTooltipAtATime(this, this._map);
    // The wheel zooms only once the user has chosen the map (click), so that scrolling the page
    // past it does not zoom it.
    const container = this._map.getContainer();
    container.addEventListener('click', () => this._map.scrollWheelZoom.enable());
    container.addEventListener('mouseleave', () => this._map.scrollWheelZoom.disable());
    if (this._touch) touchHint(this, container);
    this._map.on('zoomstart dragstart', (e) => {
      if (!this._fitting) this._userMoved = true;
    });
    this._map.on('zoomend', () => this._placeInset());
    addControls(this);
  }

  _buildAreas() {
    const s = this._state;
    for (const layer of [this._layer, this._insetLayer]) if (layer) layer.remove();
    this._features = new Map();
    this._layer = this._geoLayer(this._map, 'main');
    // Leaflet adds layers only to a map with a view: fit first, so the paths exist below.
    if (!this._map._loaded) this._fit(this._layer.getBounds());
    this._layer.addTo(this._map);
    addHatch(this);
    this.dataset.features = String(this._features.size);
    this._order = keyboardOrder(this);
    this._current = this._order[0] || null;
    for (const [code, f] of this._features) {
      const path = f.main.getElement && f.main.getElement();
      if (!path) continue;
      path.setAttribute('data-code', code);
      path.setAttribute('tabindex', code === this._current ? '0' : '-1');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', f.name || code);
      path.addEventListener('keydown', (e) => key(this, e, code));
      path.addEventListener('focus', () => {
        this._current = code;
        rove(this);
        showTip(this, code);
        outline(this, 'focus', code, INK);
      });
      path.addEventListener('blur', () => {
        hideTip(this, code);
        outline(this, 'focus', null, INK);
      });
    }
    this._insetChanged = true;
  }

  _geoLayer(map, which) {
    const s = this._state;
    return L.geoJSON(this._areas, {
      style: () => ({ ...s.defaultStyle }),
      onEachFeature: (feature, layer) => {
        const props = feature.properties || {};
        const code = String(props[s.codeProperty] ?? '');
        if (!code) return;
        const entry = this._features.get(code) || { name: props[s.nameProperty] || code };
        entry[which] = layer;
        this._features.set(code, entry);
        layer.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          this._fire(code, e.originalEvent);
        });
        layer.on('mouseover', () => this._hover(code, true));
        layer.on('mouseout', () => this._hover(code, false));
      },
    });
  }

  _buildOverlays() {
    for (const o of this._overlayLayers || []) o.remove();
    this._overlayLayers = this._overlays.map((o) => L.geoJSON(o.data, { style: () => ({ ...o.style }), interactive: false }).addTo(this._map));
  }

  _styleOf(code) {
    const s = this._state;
    const selected = s.selected.includes(code);
    const style = { ...s.defaultStyle, ...(s.styles[code] || {}) };
    if (s.missingColor && style.fillColor === s.missingColor && this._hatch) {
      style.fillColor = `url(#${this._hatch})`;
      style.fillOpacity = 1;
      return style;
    }
    if (s.selected.length && !selected) {
      style.fillOpacity = (style.fillOpacity ?? 0.9) * 0.55;
    }
    if (selected) style.fillOpacity = 1;
    return style;
  }

  _hover(code, on) {
    outline(this, 'hover', on ? code : null, INK);
  }

  _applyState() {
    const s = this._state;
    for (const [code, f] of this._features) {
      const style = this._styleOf(code);
      const text = s.tooltips[code] || f.name || code;
      for (const layer of [f.main, f.inset]) {
        if (!layer) continue;
        layer.setStyle(style);
        if (layer.getTooltip()) layer.setTooltipContent(esc(text));
        else layer.bindTooltip(esc(text), { sticky: true, direction: 'top', className: 'va-map-tooltip', opacity: 1 });
      }
      const path = f.main && f.main.getElement && f.main.getElement();
      if (path && path.hasAttribute('tabindex')) {
        path.setAttribute('aria-pressed', String(s.selected.includes(code)));
        path.setAttribute('aria-label', text);
      }
    }
    outline(this, 'selected', s.selected, INK);
    if (this._tip) showTip(this, this._tip);
    renderControls(this);
    this._placeInset();
    this.dataset.selected = s.selected.join(' ');
    this.dataset.rendered = String((Number(this.dataset.rendered) || 0) + 1);
  }

  _placeInset() {
    placeInset(this);
  }

  _boundsOf(inset) {
    return boundsOf(inset);
  }

  _fit(bounds) {
    if (!this._map || !bounds || !bounds.isValid()) return;
    this._fitting = true;
    this._map.fitBounds(bounds, { padding: [10, 10], animate: false });
    this._fitting = false;
  }

  /** Fits all areas into view. */
  fitAll() {
    if (!this._layer) return;
    this._fit(this._layer.getBounds());
    this._initialZoom = this._map.getZoom();
    this._userMoved = false;
    this._placeInset();
  }

  /** Zooms to the inset's region. */
  zoomToInset() {
    if (!this._state || !this._state.inset) return;
    this._fit(this._boundsOf(this._state.inset));
    this._userMoved = true;
    this._placeInset();
  }

  /** Fits the given areas (a JSON array of codes) into view. */
  zoomToAreas(codesJson) {
    const codes = JSON.parse(codesJson);
    let bounds = null;
    for (const code of codes) {
      const f = this._features.get(code);
      if (f && f.main) bounds = bounds ? bounds.extend(f.main.getBounds()) : L.latLngBounds(f.main.getBounds().getSouthWest(), f.main.getBounds().getNorthEast());
    }
    if (bounds) {
      this._fit(bounds);
      this._userMoved = true;
      this._placeInset();
    }
  }

  _fire(code, event) {
    this.dispatchEvent(
      new CustomEvent('va-feature-click', {
        detail: {
          code,
          shiftKey: !!(event && event.shiftKey),
          ctrlKey: !!(event && (event.ctrlKey || event.metaKey)),
        },
        bubbles: true,
      }),
    );
  }
}

// `areasUrl`: the polygons as the app serves them (public, cacheable).
fetchedProperty(VaAreaMap, 'areasUrl', (map, areas) => {
  map._areasText = null;
  map._areas = areas;
  map._areasChanged = true;
  map._update();
});
// `stateUrl` and `selected`: the app's shared state with this page's selection.
sharedWithSelection(VaAreaMap, 'stateUrl', 'state');

if (!customElements.get('va-area-map')) {
  customElements.define('va-area-map', VaAreaMap);
}
