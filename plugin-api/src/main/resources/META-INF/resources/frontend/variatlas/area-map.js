// <va-area-map>: the Variatlas UI kit's map (see org.variatlas.api.ui.AreaMap), a thin wrapper of
// Leaflet 1.9 that reads well without tiles: polygons, borders, tooltips, legend, inset.
// Properties set by Java: `areas` (GeoJSON text), `state` (JSON: styles, tooltips, selection,
// legend, inset, tiles, labels) and `overlays` (JSON array).
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { esc } from './kit-common.js';

const INK = '#1b2733';

class VaAreaMap extends HTMLElement {
  constructor() {
    super();
    this._state = null;
    this._areas = null;
    this._overlays = [];
    this._features = new Map(); // code -> { main, inset, name }
    for (const name of ['areas', 'state', 'overlays']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
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
    this._overlays = value ? JSON.parse(value) : [];
    this._overlaysChanged = true;
    this._update();
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
    const s = this._state;
    this._map = L.map(this._canvas, {
      zoomControl: false,
      attributionControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 2,
      maxZoom: 13,
      scrollWheelZoom: false,
      keyboard: true,
      renderer: L.svg({ padding: 0.5 }),
    });
    // The wheel zooms only once the user has chosen the map (click or focus), so that scrolling
    // the page past it does not zoom it.
    const container = this._map.getContainer();
    container.addEventListener('focus', () => this._map.scrollWheelZoom.enable());
    container.addEventListener('click', () => this._map.scrollWheelZoom.enable());
    container.addEventListener('mouseleave', () => this._map.scrollWheelZoom.disable());
    // While a button is down, paths must stay where they are in the DOM: moving the pressed path
    // (bringToFront on the focus/blur a press causes) makes Chrome drop the click.
    container.addEventListener('pointerdown', () => {
      this._pressing = true;
      const release = () => setTimeout(() => {
        this._pressing = false;
        this._raiseSelected();
      }, 0);
      window.addEventListener('pointerup', release, { capture: true, once: true });
      window.addEventListener('pointercancel', release, { capture: true, once: true });
    }, true);
    this._map.on('zoomstart dragstart', (e) => {
      if (!this._fitting) this._userMoved = true;
    });
    this._map.on('zoomend', () => this._placeInset());
    // Top left, where the sea is: the legend first, the zoom buttons below it.
    this._legend = new (L.Control.extend({
      onAdd: () => {
        const div = L.DomUtil.create('div', 'va-map-legend');
        L.DomEvent.disableClickPropagation(div);
        return div;
      },
    }))({ position: 'topleft' });
    this._legend.addTo(this._map);
    this._zoom = L.control.zoom({ position: 'topleft', zoomInTitle: s.labels.zoomIn, zoomOutTitle: s.labels.zoomOut });
    this._zoom.addTo(this._map);
    this._buttons = new (L.Control.extend({
      onAdd: () => {
        const div = L.DomUtil.create('div', 'leaflet-bar va-map-buttons');
        L.DomEvent.disableClickPropagation(div);
        return div;
      },
    }))({ position: 'topleft' });
    this._buttons.addTo(this._map);
  }

  _buildAreas() {
    const s = this._state;
    for (const layer of [this._layer, this._insetLayer]) if (layer) layer.remove();
    this._features = new Map();
    this._layer = this._geoLayer(this._map, 'main');
    // Leaflet adds layers only to a map with a view: fit first, so the paths exist below.
    if (!this._map._loaded) this._fit(this._layer.getBounds());
    this._layer.addTo(this._map);
    this.dataset.features = String(this._features.size);
    const keyboard = this._features.size <= s.keyboardFeatureLimit;
    for (const [code, f] of this._features) {
      const path = f.main.getElement && f.main.getElement();
      if (!path) continue;
      path.setAttribute('data-code', code);
      if (keyboard) {
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', f.name || code);
        path.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            this._fire(code, e);
          }
        });
        path.addEventListener('focus', () => {
          f.main.openTooltip();
          this._hover(code, true);
        });
        path.addEventListener('blur', () => {
          f.main.closeTooltip();
          this._hover(code, false);
        });
      }
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

  _styleOf(code, hovered) {
    const s = this._state;
    const selected = s.selected.includes(code);
    const style = { ...s.defaultStyle, ...(s.styles[code] || {}) };
    if (s.selected.length && !selected) {
      style.fillOpacity = (style.fillOpacity ?? 0.9) * 0.55;
    }
    if (selected) {
      style.color = INK;
      style.weight = 3;
      style.fillOpacity = 1;
    } else if (hovered) {
      style.color = INK;
      style.weight = 2;
    }
    return style;
  }

  _hover(code, on) {
    const f = this._features.get(code);
    if (!f) return;
    for (const layer of [f.main, f.inset]) {
      if (!layer) continue;
      layer.setStyle(this._styleOf(code, on));
      if (on && !this._pressing) layer.bringToFront();
    }
    if (!on && !this._pressing) this._raiseSelected();
  }

  _raiseSelected() {
    for (const code of this._state.selected) {
      const f = this._features.get(code);
      if (f) for (const layer of [f.main, f.inset]) if (layer) layer.bringToFront();
    }
    for (const o of this._overlayLayers || []) o.bringToFront();
  }

  _applyState() {
    const s = this._state;
    for (const [code, f] of this._features) {
      const style = this._styleOf(code, false);
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
    this._raiseSelected();
    this._renderLegend();
    this._renderButtons();
    this._renderTiles();
    this._placeInset();
    this.dataset.selected = s.selected.join(' ');
    this.dataset.rendered = String((Number(this.dataset.rendered) || 0) + 1);
  }

  _renderLegend() {
    const legend = this._state.legend;
    const div = this._legend.getContainer();
    div.hidden = !legend;
    if (!legend) return;
    const rows = legend.entries
      .map((e) => `<li><span class="va-swatch" style="background:${esc(e.color)}"></span>${esc(e.label)}</li>`)
      .join('');
    div.innerHTML = (legend.title ? `<div class="va-map-legend-title">${esc(legend.title)}</div>` : '') + `<ul>${rows}</ul>`;
  }

  _renderButtons() {
    const s = this._state;
    const div = this._buttons.getContainer();
    div.innerHTML = '';
    const button = (text, title, action, cls) => {
      const b = L.DomUtil.create('a', cls, div);
      b.href = '#';
      b.setAttribute('role', 'button');
      b.title = title;
      b.setAttribute('aria-label', title);
      b.innerHTML = text;
      L.DomEvent.on(b, 'click', (e) => {
        L.DomEvent.preventDefault(e);
        action();
      });
    };
    button('&#x2922;', s.labels.wholeMap, () => this.fitAll(), 'va-map-whole');
    if (s.inset) button(esc(s.inset.name), s.labels.zoomTo, () => this.zoomToInset(), 'va-map-zoom-inset');
  }

  _renderTiles() {
    const tiles = this._state.tiles;
    const key = tiles ? tiles.url : null;
    if (key === this._tilesKey) return;
    if (this._tiles) this._tiles.remove();
    this._tiles = tiles ? L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom }).addTo(this._map) : null;
    if (this._tiles) {
      this._tiles.bringToBack();
      if (!this._attribution) this._attribution = L.control.attribution({ prefix: false }).addTo(this._map);
    }
    this._tilesKey = key;
  }

  // The inset: a small live view of e.g. Oslo in the bottom-right corner, shown while the main
  // map is zoomed out and wide enough to spare the room.
  _placeInset() {
    const s = this._state;
    if (!this._map || !s) return;
    const inset = s.inset;
    const wide = this._canvas.clientWidth >= 420 && this._canvas.clientHeight >= 380;
    const zoomedIn = inset && this._map.getBounds && this._boundsOf(inset).contains(this._map.getBounds().getCenter()) && this._map.getZoom() >= (this._initialZoom || 0) + 2;
    const show = !!(inset && this._areas && wide && !zoomedIn);
    if (!show) {
      if (this._insetBox) this._insetBox.hidden = true;
      return;
    }
    if (!this._insetBox) {
      this._insetBox = document.createElement('div');
      this._insetBox.className = 'va-map-inset';
      const title = document.createElement('button');
      title.type = 'button';
      title.className = 'va-map-inset-title';
      title.addEventListener('click', () => this.zoomToInset());
      const canvas = document.createElement('div');
      canvas.className = 'va-map-inset-canvas';
      this._insetBox.append(title, canvas);
      this.appendChild(this._insetBox);
    }
    this._insetBox.hidden = false;
    const title = this._insetBox.querySelector('.va-map-inset-title');
    title.textContent = inset.name;
    title.title = s.labels.zoomTo;
    this._insetBox.setAttribute('aria-label', s.labels.inset);
    const canvas = this._insetBox.querySelector('.va-map-inset-canvas');
    if (!this._insetMap) {
      this._insetMap = L.map(canvas, {
        zoomControl: false,
        attributionControl: false,
        dragging: false,
        scrollWheelZoom: false,
        doubleClickZoom: false,
        boxZoom: false,
        keyboard: false,
        touchZoom: false,
        zoomSnap: 0.1,
        renderer: L.svg({ padding: 0.2 }),
      });
      this._insetChanged = true;
    }
    if (this._insetChanged) {
      this._insetChanged = false;
      if (this._insetLayer) this._insetLayer.remove();
      this._insetLayer = this._geoLayer(this._insetMap, 'inset').addTo(this._insetMap);
      for (const [code, f] of this._features) {
        if (f.inset) {
          f.inset.setStyle(this._styleOf(code, false));
          f.inset.bindTooltip(esc(s.tooltips[code] || f.name || code), { sticky: true, direction: 'top', className: 'va-map-tooltip', opacity: 1 });
          const path = f.inset.getElement && f.inset.getElement();
          if (path) path.setAttribute('data-inset-code', code);
        }
      }
      this._raiseSelected();
    }
    this._insetMap.invalidateSize();
    this._insetMap.fitBounds(this._boundsOf(inset), { padding: [2, 2] });
  }

  _boundsOf(inset) {
    return L.latLngBounds(inset.bounds[0], inset.bounds[1]);
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

if (!customElements.get('va-area-map')) {
  customElements.define('va-area-map', VaAreaMap);
}
