// What every chart module shares: fonts, the common option, tooltips, the value axis.
// A builder is a pure function of the spec the Java side sends (or, later, a URL serves):
// builder(spec, { fmt }) -> { option, rowAt?(chart, x, y) -> code, codeOf?(params) -> code,
// items: [{ code, seriesIndex, dataIndex, label? }] }.
import { COLORS, esc } from '../kit-common.js';

// Unquoted family names: the exported SVG carries this in a double-quoted attribute.
export const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';
export const TITLE_HEIGHT = 30;
// A legend of five or six entries may wrap to two lines in a half-width card.
export const LEGEND_ROOM = 58;

/** The common option; with a subtext (the unit), it goes under the title. */
export function base(spec, subtext) {
  const option = {
    // Drawn at once: screenshots, PNG export and print must never catch a half-grown bar.
    animation: false,
    textStyle: { fontFamily: FONT, color: COLORS.ink },
    aria: { enabled: false },
  };
  if (spec.title || subtext) {
    option.title = {
      text: spec.title || '',
      subtext: subtext || '',
      left: 0,
      top: 0,
      itemGap: 7,
      textStyle: { fontSize: 14, fontWeight: 600, color: COLORS.ink, fontFamily: FONT },
      subtextStyle: { fontSize: 12, color: COLORS.muted, fontFamily: FONT },
    };
  }
  return option;
}

/** The height the title block takes. */
export function titleHeight(spec, subtext) {
  return (spec.title ? TITLE_HEIGHT : 0) + (subtext ? (spec.title ? 18 : 24) : 0);
}

export function tooltipBase() {
  return {
    backgroundColor: '#ffffff',
    borderColor: '#dbe2ea',
    borderWidth: 1,
    padding: [8, 10],
    textStyle: { color: COLORS.ink, fontSize: 12, fontFamily: FONT },
    extraCssText: 'box-shadow: 0 4px 14px rgba(16,24,40,.14); border-radius: 8px; line-height: 1.5;',
    confine: true,
  };
}

/** The lines of an area's tooltip: value with unit, CI, events and population. */
export function areaLines(area, spec, ctx) {
  const fmt = (v) => ctx.fmt(v, spec.decimals);
  const L = spec.labels;
  if (area.suppressed || area.value === null || area.value === undefined) {
    return [`<i>${esc(area.suppressed ? spec.suppressedLabel : L.noData)}</i>`];
  }
  const lines = [`<b style="font-size:13px">${esc(fmt(area.value))}</b> ${esc(spec.unit || '')}`];
  if (area.lower !== null && area.upper !== null && area.lower !== undefined) {
    lines.push(`${esc(L.ci95)}: ${esc(fmt(area.lower))}\u2013${esc(fmt(area.upper))}`);
  }
  const counts = [];
  if (area.events !== null && area.events !== undefined) {
    counts.push(`${esc(L.events)}: ${esc(ctx.fmt(area.events, area.events < 100 ? 1 : 0))}`);
  }
  if (area.population !== null && area.population !== undefined) {
    counts.push(`${esc(L.population)}: ${esc(ctx.fmt(area.population, 0))}`);
  }
  if (counts.length) {
    lines.push(`<span style="color:${COLORS.muted}">${counts.join(' \u00b7 ')}</span>`);
  }
  return lines;
}

/** An area's name as the heading of its tooltip (Norway in its own colour). */
export function heading(area) {
  const color = area.national ? COLORS.national : COLORS.ink;
  return `<div style="font-weight:600;color:${color};margin-bottom:2px">${esc(area.name)}</div>`;
}

/** The plain text of an area for screen readers: "OUS: 245 per 100 000 (95 % CI 230–260)". */
export function areaText(area, spec, ctx) {
  const tmp = document.createElement('div');
  tmp.innerHTML = areaLines(area, spec, ctx).join(', ');
  return `${area.name}: ${tmp.textContent}`;
}

export function valueAxis(spec, ctx, extra = {}) {
  return {
    type: 'value',
    name: spec.unit || '',
    nameLocation: 'middle',
    nameGap: 28,
    nameTextStyle: { color: COLORS.muted, fontSize: 12 },
    // Round ticks only, and none that would touch its neighbour on a narrow screen.
    axisLabel: { color: COLORS.muted, hideOverlap: true, formatter: (v) => ctx.fmt(v, axisDecimals(v, spec.decimals)) },
    splitLine: { lineStyle: { color: COLORS.grid } },
    axisLine: { show: false },
    ...extra,
  };
}

// Axis ticks are round numbers: show decimals only where the tick has them.
export function axisDecimals(v, decimals) {
  return Number.isInteger(v) ? 0 : Math.min(decimals, 2);
}

export function marker(color) {
  return `<span style="display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:5px;background:${color}"></span>`;
}

/** A round range a little wider than [min, max]. */
export function niceRange(min, max) {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min || Math.abs(max) || 1;
  const step = Math.pow(10, Math.floor(Math.log10(span)));
  return [Math.floor((min - span * 0.05) / step) * step, Math.ceil((max + span * 0.05) / step) * step];
}

/** The label of the reference value (Norway, as the page defines it). */
export function referenceLabel(spec) {
  return spec.referenceLabel || spec.labels.national;
}

/** Fewer ticks on a narrow chart, so that numbers like 1 000 keep their room. */
export function splitFor(width) {
  return width && width < 360 ? 3 : 5;
}
