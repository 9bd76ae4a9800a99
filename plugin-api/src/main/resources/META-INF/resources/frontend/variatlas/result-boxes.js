// <va-result-boxes>: a topic's chapters of result boxes (title link, unit, badge, dot strip), built
// by the browser from the app's shared, cacheable JSON at `dataUrl` (one document per topic, level,
// language and results version), so that the page's messages and the reader's session carry no
// figures and no component per box. `selection` (JSON: {codes, query}) highlights the map's areas
// in the strips and carries them in the title links. A click (or Enter) on a strip's area asks the
// server to open the indicator on that area (va-box-area).
import './echart.js';
import { esc, fetchedProperty, upgradeProperties } from './kit-common.js';

class ResultBoxes extends HTMLElement {
  constructor() {
    super();
    this._selection = { codes: [], query: '' };
    this._boxes = [];
  }

  connectedCallback() {
    upgradeProperties(this, ['dataUrl', 'selection']);
    if (!this._listening) {
      this._listening = true;
      this.addEventListener('va-area-click', (e) => {
        const box = e.target.closest('.va-result-box');
        if (!box || !e.detail || !e.detail.code) return;
        e.stopPropagation();
        this.dispatchEvent(new CustomEvent('va-box-area', { detail: { indicator: box.dataset.indicator, code: e.detail.code } }));
      });
    }
  }

  set selection(value) {
    this._selection = value ? JSON.parse(value) : { codes: [], query: '' };
    this._select();
  }

  get selection() {
    return JSON.stringify(this._selection);
  }

  _build(data) {
    this.innerHTML = data.chapters
      .map(
        (c) =>
          `<div class="va-chapter"><h2>${esc(c.title)}</h2><div class="va-result-boxes">${c.boxes
            .map((b) => this._box(b))
            .join('')}</div></div>`,
      )
      .join('');
    this._boxes = [];
    for (const b of data.chapters.flatMap((c) => c.boxes)) {
      const element = this.querySelector(`.va-result-box[data-indicator="${CSS.escape(b.indicator)}"]`);
      const link = element.querySelector('a.va-result-box-title');
      let strip = null;
      if (b.chart) {
        strip = document.createElement('va-echart');
        strip.className = 'va-chart';
        strip.setAttribute('role', 'figure');
        strip.setAttribute('tabindex', '0');
        if (b.chart.label) strip.setAttribute('aria-label', b.chart.label);
        if (b.chart.height) strip.style.height = b.chart.height + 'px';
        element.appendChild(strip);
      }
      this._boxes.push({ link, strip, route: b.route, spec: b.chart && b.chart.spec });
    }
    this._select();
    this.dataset.boxes = String(this._boxes.length);
  }

  _box(b) {
    const synthetic = b.badge ? ' va-result-box-synthetic' : '';
    const badge = b.badge ? `<span class="va-badge-synthetic">${esc(b.badge)}</span>` : '';
    const none = b.chart ? '' : `<span class="va-muted">${esc(b.none)}</span>`;
    return (
      `<div class="va-result-box${synthetic}" data-indicator="${esc(b.indicator)}">` +
      `<div class="va-result-box-head"><a class="va-result-box-title" router-link href="${esc(b.route)}">${esc(b.title)}</a>` +
      `<span class="va-indicator-unit">${esc(b.unit)}</span>${badge}</div>${none}</div>`
    );
  }

  // The map's areas in the strips, and in the links of the boxes that have figures.
  _select() {
    const { codes, query } = this._selection;
    for (const box of this._boxes) {
      if (!box.strip) continue;
      box.link.setAttribute('href', query ? `${box.route}?${query}` : box.route);
      box.strip.spec = JSON.stringify({ ...box.spec, selected: codes || [] });
    }
  }
}

fetchedProperty(ResultBoxes, 'dataUrl', (element, data) => element._build(data));

if (!customElements.get('va-result-boxes')) {
  customElements.define('va-result-boxes', ResultBoxes);
}
