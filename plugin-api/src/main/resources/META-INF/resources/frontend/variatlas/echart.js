// <va-echart>: the Variatlas UI kit's chart element (see org.variatlas.api.ui.EChart).
// Apache ECharts 5 with modular imports and the SVG renderer; the Java side sets `spec` (JSON), or
// `specUrl` (the app's shared copy of the spec, fetched here) and `selected` (JSON array of codes).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, CustomChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomComponent,
  VisualMapComponent,
  AriaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { numberFormatter, sharedWithSelection, upgradeProperties } from './kit-common.js';
import { BUILDERS } from './chart-builders.js';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer,
]);

const DOWNLOAD_ICON =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 3a1 1 0 0 1 1 1v9.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-5 5a1 1 0 0 1-1.4 0l-5-5a1 1 0 1 1 1.4-1.4l3.3 3.3V4a1 1 0 0 1 1-1zM5 19h14a1 1 0 1 1 0 2H5a1 1 0 1 1 0-2z"/></svg>';

class VaEChart extends HTMLElement {
  static get observedAttributes() {
    return ['aria-label'];
  }

  constructor() {
    super();
    this._spec = null;
    this._focus = -1;
    // A property set before this element was upgraded shadows the setter: take it over.
    upgradeProperties(this, ['spec', 'specUrl', 'selected']);
  }

  set spec(value) {
    this._specText = value;
    this._spec = value ? JSON.parse(value) : null;
    this._render();
  }

  get spec() {
    return this._specText;
  }

  connectedCallback() {
    if (!this._plot) {
      this._plot = document.createElement('div');
      this._plot.className = 'va-chart-plot';
      this._plot.setAttribute('role', 'img');
      this._button = document.createElement('button');
      this._button.type = 'button';
      this._button.className = 'va-chart-export';
      this._button.innerHTML = DOWNLOAD_ICON + '<span>PNG</span>';
      this._button.addEventListener('click', (e) => {
        e.stopPropagation();
        this.exportPng();
      });
      // What the arrow keys reach is read out: the drawing itself is an image to screen readers.
      this._live = document.createElement('div');
      this._live.className = 'va-sr-only';
      this._live.setAttribute('aria-live', 'polite');
      this.append(this._plot, this._button, this._live);
      this.addEventListener('keydown', (e) => this._key(e));
      this.addEventListener('blur', () => this._chart && this._chart.dispatchAction({ type: 'hideTip' }));
    }
    this._copyLabel();
    this._observer = new ResizeObserver(() => this._resize());
    this._observer.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._observer) this._observer.disconnect();
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  attributeChangedCallback() {
    this._copyLabel();
  }

  _copyLabel() {
    if (this._plot) this._plot.setAttribute('aria-label', this.getAttribute('aria-label') || '');
  }

  _hasSize() {
    return this._plot && this._plot.clientWidth > 0 && this._plot.clientHeight > 0;
  }

  _resize() {
    if (!this._chart) {
      this._render();
    } else if (this._hasSize()) {
      this._chart.resize();
      if (this._built && this._built.option.title) {
        this._chart.setOption({ title: { textStyle: this._titleFit() } });
      }
    }
  }

  /**
   * The export button sits over the chart's top-right corner: a title as wide as the chart ends
   * short of it, with an ellipsis (the page's heading and the PNG's caption carry it whole).
   */
  _titleFit() {
    const button = this._button.hidden ? 0 : this._button.offsetWidth + 8;
    return { width: Math.max(40, this._plot.clientWidth - button), overflow: 'truncate', ellipsis: '…' };
  }

  _render() {
    const spec = this._spec;
    if (!spec || !this.isConnected || !this._plot) return;
    // ECharts measures its container: wait until the element has a size (ResizeObserver).
    if (!this._hasSize()) return;
    if (!this._chart) {
      this._chart = echarts.init(this._plot, null, { renderer: 'svg' });
      this._chart.on('click', (params) => this._itemClick(params));
      this._chart.getZr().on('click', (e) => this._rowClick(e));
      this._chart.getZr().on('mousemove', (e) => {
        if (this._built && this._built.rowAt && this._built.rowAt(this._chart, e.offsetX, e.offsetY)) {
          this._chart.getZr().setCursorStyle('pointer');
        }
      });
    }
    const fmt = numberFormatter(spec.numbers);
    const builder = BUILDERS[spec.kind] || BUILDERS.custom;
    this._built = builder(spec, { fmt, width: this._plot.clientWidth });
    this._button.hidden = spec.exportButton === false;
    const title = this._built.option.title;
    if (title && !Array.isArray(title)) {
      title.textStyle = { ...title.textStyle, ...this._titleFit() };
    }
    this._chart.setOption(this._built.option, { notMerge: true });
    this._button.setAttribute('aria-label', spec.labels.exportPng);
    this._button.title = spec.labels.exportPng;
    this.dataset.kind = spec.kind;
    this.dataset.rendered = String((Number(this.dataset.rendered) || 0) + 1);
  }

  _itemClick(params) {
    if (!this._built) return;
    if (this._built.rowAt) return; // handled by _rowClick for the whole row
    let code = params.data && params.data.code;
    if (!code && this._built.codeOf) code = this._built.codeOf(params);
    if (code) this._fire(code, params.event && params.event.event);
  }

  _rowClick(e) {
    if (!this._built || !this._built.rowAt) return;
    const code = this._built.rowAt(this._chart, e.offsetX, e.offsetY);
    if (code) this._fire(code, e.event);
  }

  _fire(code, event) {
    this.dispatchEvent(
      new CustomEvent('va-area-click', {
        detail: {
          code,
          shiftKey: !!(event && event.shiftKey),
          ctrlKey: !!(event && (event.ctrlKey || event.metaKey)),
        },
        bubbles: true,
      }),
    );
  }

  // Arrow keys walk through the areas with their tooltip; Enter or Space clicks the current one.
  _key(e) {
    if (!this._built || !this._chart || e.target !== this) return;
    const items = (this._built.items || []).filter((it) => it.code);
    if (!items.length) return;
    const next = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const i = this._focus < 0 ? (next > 0 ? 0 : items.length - 1) : this._focus + next;
      this._focus = Math.max(0, Math.min(items.length - 1, Number.isFinite(i) ? i : next > 0 ? items.length - 1 : 0));
      const it = items[this._focus];
      this._chart.dispatchAction({ type: 'showTip', seriesIndex: it.seriesIndex, dataIndex: it.dataIndex });
      this._announce(it);
    } else if ((e.key === 'Enter' || e.key === ' ') && this._focus >= 0) {
      e.preventDefault();
      const it = items[Math.min(this._focus, items.length - 1)];
      this._fire(it.code, e);
      // Re-show the tooltip after the re-render that the selection causes.
      setTimeout(() => this._chart && this._chart.dispatchAction({ type: 'showTip', seriesIndex: it.seriesIndex, dataIndex: it.dataIndex }), 350);
    } else if (e.key === 'Escape') {
      this._chart.dispatchAction({ type: 'hideTip' });
    }
  }

  _announce(it) {
    const selected = this._spec && (this._spec.selected || []).includes(it.code);
    const state = selected ? ` (${this._spec.labels.selected})` : '';
    this._live.textContent = (it.label || it.code) + state;
  }

  /**
   * The chart as a PNG data URL: white background, twice the screen resolution, with the
   * caption the page set (title, unit and period, source) above and below the drawing.
   */
  toPngDataUrl() {
    if (!this._chart) return Promise.reject(new Error('the chart is not drawn yet'));
    // The live SVG, serialised by the browser (which escapes what needs escaping).
    const live = this._plot.querySelector('svg');
    if (!live) return Promise.reject(new Error('the chart has no SVG'));
    const copy = live.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const svg = new XMLSerializer().serializeToString(copy);
    const width = this._chart.getWidth();
    const height = this._chart.getHeight();
    const scale = 2;
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(captioned(image, width, height, scale, this._spec.caption));
      image.onerror = () => reject(new Error('the chart could not be rasterised'));
      image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    });
  }

  /** Downloads the chart as <file name>.png. */
  exportPng() {
    return this.toPngDataUrl().then((url) => {
      const a = document.createElement('a');
      a.href = url;
      a.download = ((this._spec && this._spec.fileName) || 'variatlas-chart') + '.png';
      document.body.appendChild(a);
      a.click();
      a.remove();
      return a.download;
    });
  }
}

const CAPTION_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

/** Breaks text into lines no wider than `width` on the canvas. */
function lines(g, text, width) {
  const out = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    const next = line ? line + ' ' + word : word;
    if (line && g.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) out.push(line);
  return out;
}

/** The chart's image on a white canvas, with its caption's heading above and source below. */
function captioned(image, width, height, scale, caption) {
  const pad = 12;
  const probe = document.createElement('canvas').getContext('2d');
  const parts = [];
  if (caption && caption.heading) parts.push({ text: caption.heading, font: `600 15px ${CAPTION_FONT}`, color: '#1b2733', size: 20 });
  if (caption && caption.subheading) parts.push({ text: caption.subheading, font: `13px ${CAPTION_FONT}`, color: '#45515e', size: 18 });
  const foot = caption && caption.source ? { text: caption.source, font: `11px ${CAPTION_FONT}`, color: '#45515e', size: 15 } : null;
  const measure = (p) => {
    probe.font = p.font;
    p.lines = lines(probe, p.text, width - 2 * pad);
    return p.lines.length * p.size;
  };
  const top = parts.reduce((h, p) => h + measure(p), 0) + (parts.length ? pad : 0);
  const bottom = foot ? measure(foot) + pad : 0;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (top + height + bottom) * scale;
  const g = canvas.getContext('2d');
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, top + height + bottom);
  let y = pad / 2;
  const write = (p) => {
    g.font = p.font;
    g.fillStyle = p.color;
    g.textBaseline = 'top';
    for (const l of p.lines) {
      g.fillText(l, pad, y);
      y += p.size;
    }
  };
  parts.forEach(write);
  g.drawImage(image, 0, top, width, height);
  y = top + height + pad / 2;
  if (foot) write(foot);
  return canvas.toDataURL('image/png');
}

// `specUrl` and `selected`: the app's shared spec with this page's selection.
sharedWithSelection(VaEChart, 'specUrl', 'spec');

if (!customElements.get('va-echart')) {
  customElements.define('va-echart', VaEChart);
}
