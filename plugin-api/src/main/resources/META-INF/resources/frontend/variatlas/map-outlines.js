// What the map draws over its areas without touching their paths: outlines of the selected,
// hovered and focused areas in a pane of their own (a moved path would lose its focus and the
// click on it), the hatching of areas without data, and the two-finger hint on touch screens.
// Functions of the <va-area-map> element `m` (see area-map.js).
import * as L from 'leaflet/dist/leaflet-src.esm.js';

let hatches = 0;

/**
 * Draws outlines over the areas: `selected` (every selected area, thick), `hover` and `focus`
 * (one area each). Non-interactive, in their own pane: the areas' paths never move.
 */
export function outline(m, kind, codes, ink) {
  m._outlines = m._outlines || {};
  const old = m._outlines[kind];
  if (old) old.remove();
  m._outlines[kind] = null;
  if (kind === 'selected' && m._insetOutline) {
    m._insetOutline.remove();
    m._insetOutline = null;
  }
  const list = (Array.isArray(codes) ? codes : codes ? [codes] : []).filter((c) => m._features.has(c));
  if (!list.length || !m._map) return;
  const style = {
    selected: { color: ink, weight: 3, fill: false, opacity: 1 },
    hover: { color: ink, weight: 2, fill: false, opacity: 0.8 },
    focus: { color: ink, weight: 3, dashArray: '6 3', fill: false, opacity: 1 },
  }[kind];
  const features = list.map((c) => m._features.get(c).main.feature);
  m._outlines[kind] = L.geoJSON(
    { type: 'FeatureCollection', features },
    { style: () => style, interactive: false, pane: 'va-outline', renderer: m._outlineRenderer },
  ).addTo(m._map);
  if (kind === 'selected' && m._insetMap) {
    m._insetOutline = L.geoJSON({ type: 'FeatureCollection', features }, { style: () => style, interactive: false }).addTo(m._insetMap);
  }
}

export function touchHint(m, container) {
  const hint = document.createElement('div');
  hint.className = 'va-map-hint';
  hint.hidden = true;
  m.appendChild(hint);
  let timer = null;
  container.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length !== 1 || !m._state) return;
      hint.textContent = m._state.labels.twoFingers || '';
      hint.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => (hint.hidden = true), 1500);
    },
    { passive: true },
  );
}

/** The hatching of areas without data: white with grey lines, unlike any class colour. */
export function addHatch(m) {
  const svg = m._map.getPanes().overlayPane.querySelector('svg');
  if (!svg || m._hatch) return;
  hatches += 1;
  m._hatch = `va-hatch-${hatches}`;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  defs.innerHTML = `<pattern id="${m._hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7b8794" stroke-width="2"/></pattern>`;
  svg.insertBefore(defs, svg.firstChild);
}
