// The map's inset: a small live view of e.g. Oslo in the bottom-right corner, shown while the
// main map is zoomed out and wide enough to spare the room. Functions of <va-area-map> `m`.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { COLORS, esc } from './kit-common.js';
import { outline } from './map-outlines.js';
import { oneTooltipAtATime } from './map-keyboard.js';

/** Shows, builds or hides the inset as the main map's size and zoom allow. */
export function placeInset(m) {
  const s = m._state;
  if (!m._map || !s) return;
  const inset = s.inset;
  const wide = m._canvas.clientWidth >= 420 && m._canvas.clientHeight >= 380;
  const zoomedIn = inset && m._map.getBounds && boundsOf(inset).contains(m._map.getBounds().getCenter()) && m._map.getZoom() >= (m._initialZoom || 0) + 2;
  const show = !!(inset && m._areas && wide && !zoomedIn);
  if (!show) {
    if (m._insetBox) m._insetBox.hidden = true;
    return;
  }
  if (!m._insetBox) {
    m._insetBox = document.createElement('div');
    m._insetBox.className = 'va-map-inset';
    const title = document.createElement('button');
    title.type = 'button';
    title.className = 'va-map-inset-title';
    title.tabIndex = -1;
    title.addEventListener('click', () => m.zoomToInset());
    const canvas = document.createElement('div');
    canvas.className = 'va-map-inset-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    m._insetBox.append(title, canvas);
    m.appendChild(m._insetBox);
  }
  m._insetBox.hidden = false;
  const title = m._insetBox.querySelector('.va-map-inset-title');
  title.textContent = inset.name;
  title.title = s.labels.zoomTo;
  m._insetBox.setAttribute('role', 'group');
  m._insetBox.setAttribute('aria-label', s.labels.inset);
  const canvas = m._insetBox.querySelector('.va-map-inset-canvas');
  if (!m._insetMap) {
    m._insetMap = insetMap(canvas);
    oneTooltipAtATime(m, m._insetMap);
    m._insetChanged = true;
  }
  if (m._insetChanged) {
    m._insetChanged = false;
    if (m._insetLayer) m._insetLayer.remove();
    m._insetLayer = m._geoLayer(m._insetMap, 'inset').addTo(m._insetMap);
    for (const [code, f] of m._features) {
      if (f.inset) {
        f.inset.setStyle(m._styleOf(code));
        f.inset.bindTooltip(esc(s.tooltips[code] || f.name || code), { sticky: true, direction: 'top', className: 'va-map-tooltip', opacity: 1 });
        const path = f.inset.getElement && f.inset.getElement();
        if (path) {
          path.setAttribute('data-inset-code', code);
          // A second view of areas the main map offers: never a keyboard stop of its own.
          path.setAttribute('tabindex', '-1');
        }
      }
    }
    outline(m, 'selected', m._state.selected, COLORS.ink);
  }
  m._insetMap.invalidateSize();
  m._insetMap.fitBounds(boundsOf(inset), { padding: [2, 2] });
}

/** A map that only shows: no dragging, zooming or keyboard. */
function insetMap(canvas) {
  return L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    dragging: false,
    scrollWheelZoom: false,
    doubleClickZoom: false,
    boxZoom: false,
    keyboard: false,
    touchZoom: false,
    fadeAnimation: false,
    zoomSnap: 0.1,
    renderer: L.svg({ padding: 0.2 }),
  });
}

export function boundsOf(inset) {
  return L.latLngBounds(inset.bounds[0], inset.bounds[1]);
}
