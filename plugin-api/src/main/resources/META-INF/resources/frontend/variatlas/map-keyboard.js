// The map's keyboard model: its areas are one Tab stop (a roving tabindex), the arrow keys walk
// them from north to south, Enter or Space selects, + and - zoom; one tooltip at a time.
// Functions of the <va-area-map> element `m` (see area-map.js).

/** North to south (then west to east): the order the arrow keys walk the areas. */
export function keyboardOrder(m) {
  const centre = (f) => f.main.getBounds().getCenter();
  return [...m._features.entries()]
    .filter(([, f]) => f.main)
    .sort(([, a], [, b]) => centre(b).lat - centre(a).lat || centre(a).lng - centre(b).lng)
    .map(([code]) => code);
}

/** Roving tabindex: the current area is the map's one Tab stop. */
export function rove(m) {
  for (const [code, f] of m._features) {
    const path = f.main && f.main.getElement && f.main.getElement();
    if (path) path.setAttribute('tabindex', code === m._current ? '0' : '-1');
  }
}

export function key(m, e, code) {
  const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
  if (e.key in moves) {
    e.preventDefault();
    const i = m._order.indexOf(code);
    const step = moves[e.key];
    const next = Number.isFinite(step) ? Math.max(0, Math.min(m._order.length - 1, i + step)) : step > 0 ? m._order.length - 1 : 0;
    const f = m._features.get(m._order[next]);
    const path = f && f.main.getElement();
    if (path) path.focus();
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    m._fire(code, e);
  } else if (e.key === '+' || e.key === '=') {
    e.preventDefault();
    m._map.zoomIn();
  } else if (e.key === '-') {
    e.preventDefault();
    m._map.zoomOut();
  } else if (e.key === 'Escape') {
    hideTip(m, code);
  }
}

/**
 * One tooltip at a time across the map and its inset, whoever opened it: Leaflet itself opens a
 * layer's tooltip on hover, click and focus, and the keyboard model opens the focused area's, so
 * a tooltip that opens closes every other one instead of relying on each opener to clean up.
 */
export function oneTooltipAtATime(m, map) {
  m._openTips = m._openTips || new Set();
  map.on('tooltipopen', (e) => {
    for (const other of [...m._openTips]) {
      if (other !== e.tooltip && other._map) other._map.closeTooltip(other);
    }
    m._openTips.clear();
    m._openTips.add(e.tooltip);
  });
  map.on('tooltipclose', (e) => m._openTips.delete(e.tooltip));
}

/** The focused or hovered area's tooltip. */
export function showTip(m, code) {
  if (m._tip && m._tip !== code) hideTip(m, m._tip);
  const f = m._features.get(code);
  if (f && f.main.getTooltip()) f.main.openTooltip(f.main.getBounds().getCenter());
  m._tip = code;
}

export function hideTip(m, code) {
  const f = m._features.get(code);
  if (f && f.main.getTooltip()) f.main.closeTooltip();
  if (m._tip === code) m._tip = null;
}
