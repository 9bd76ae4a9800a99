// The map's controls: the legend, the zoom buttons and the "whole map" / inset buttons (top left,
// where the sea is), and the tiles with their attribution. Functions of <va-area-map> `m`.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { esc } from './kit-common.js';

/** A control at the top left whose container is a div of these classes that keeps clicks to itself. */
function boxControl(classes) {
  return new (L.Control.extend({
    onAdd: () => {
      const div = L.DomUtil.create('div', classes);
      L.DomEvent.disableClickPropagation(div);
      return div;
    },
  }))({ position: 'topleft' });
}

/** Adds the legend, zoom and button controls to a new map. */
export function addControls(m) {
  const s = m._state;
  // Top left, where the sea is: the legend first, the zoom buttons below it.
  m._legend = boxControl('va-map-legend');
  m._legend.addTo(m._map);
  m._zoom = L.control.zoom({ position: 'topleft', zoomInTitle: s.labels.zoomIn, zoomOutTitle: s.labels.zoomOut });
  m._zoom.addTo(m._map);
  for (const a of m._zoom.getContainer().querySelectorAll('a')) a.setAttribute('tabindex', '-1');
  m._buttons = boxControl('leaflet-bar va-map-buttons');
  m._buttons.addTo(m._map);
}

/** Draws the controls for the current state. */
export function renderControls(m) {
  renderLegend(m);
  renderButtons(m);
  renderTiles(m);
}

function renderLegend(m) {
  const legend = m._state.legend;
  const div = m._legend.getContainer();
  div.hidden = !legend;
  if (!legend) return;
  const rows = legend.entries
    .map((e) => {
      const missing = e.color === m._state.missingColor ? ' va-swatch-missing' : '';
      return `<li><span class="va-swatch${missing}" style="background:${esc(e.color)}"></span>${esc(e.label)}</li>`;
    })
    .join('');
  div.innerHTML = (legend.title ? `<div class="va-map-legend-title">${esc(legend.title)}</div>` : '') + `<ul>${rows}</ul>`;
}

function renderButtons(m) {
  const s = m._state;
  const div = m._buttons.getContainer();
  div.innerHTML = '';
  const button = (text, title, action, cls) => {
    const b = L.DomUtil.create('a', cls, div);
    b.href = '#';
    b.setAttribute('role', 'button');
    // The page offers the same buttons outside the map: the map stays one Tab stop.
    b.setAttribute('tabindex', '-1');
    b.title = title;
    b.setAttribute('aria-label', title);
    b.innerHTML = text;
    L.DomEvent.on(b, 'click', (e) => {
      L.DomEvent.preventDefault(e);
      action();
    });
  };
  button('&#x2922;', s.labels.wholeMap, () => m.fitAll(), 'va-map-whole');
  if (s.inset) button(esc(s.inset.name), s.labels.zoomTo, () => m.zoomToInset(), 'va-map-zoom-inset');
}

function renderTiles(m) {
  const tiles = m._state.tiles;
  const key = tiles ? tiles.url : null;
  if (key === m._tilesKey) return;
  if (m._tiles) m._tiles.remove();
  m._tiles = tiles ? L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom }).addTo(m._map) : null;
  if (m._tiles) {
    m._tiles.bringToBack();
    if (!m._attribution) m._attribution = L.control.attribution({ prefix: false }).addTo(m._map);
  }
  m._tilesKey = key;
}
