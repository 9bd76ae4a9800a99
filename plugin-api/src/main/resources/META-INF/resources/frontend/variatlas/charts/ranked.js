// Helseatlas' ranked bars: one bar per area with the national bar and line, 95 % CI whiskers,
// stacked categories, and the yearly values as dots ("årsvariasjon").
import { COLORS, esc, ramp } from '../kit-common.js';
import { TITLE_HEIGHT, areaLines, areaText, base, heading, marker, referenceLabel, splitFor, tooltipBase, valueAxis } from './common.js';

const AREA_STACK = ['#1f5f8b', '#7fb0d5', '#c6dbef', '#4a8bbd'];
const NATIONAL_STACK = ['#6b2c7a', '#b48cc2', '#dcc8e4', '#8f5aa0'];

function palette(k, national) {
  const p = national ? NATIONAL_STACK : AREA_STACK;
  return p[k % p.length];
}

/** The rows' facts every part of the chart reads. */
function model(spec) {
  const selected = new Set(spec.selected);
  return {
    rows: spec.rows,
    selected,
    anySelected: selected.size > 0,
    stacked: spec.categories.length > 0,
    years: spec.years || [],
  };
}

export function ranked(spec, ctx) {
  const m = model(spec);
  const option = base(spec);
  const top = (spec.title ? TITLE_HEIGHT : 0) + (m.stacked || m.years.length ? 30 : 0) + 22;
  option.grid = { left: 8, right: 28, top, bottom: 40, containLabel: true };
  option.xAxis = valueAxis(spec, ctx, { splitNumber: splitFor(ctx.width) });
  option.yAxis = categoryAxis(m);
  option.tooltip = rowTooltip(spec, ctx, m);
  const series = m.stacked ? stackSeries(spec, ctx, m) : [valueSeries(spec, ctx, m)];
  if (spec.showCi) series.push(ciSeries(spec, m));
  if (m.years.length) series.push(...yearSeries(spec, m));
  if (m.stacked || m.years.length) option.legend = legend(spec, m);
  option.series = series;
  return {
    option,
    rowAt: (chart, x, y) => rowAt(chart, m.rows, x, y),
    items: m.rows.map((r, i) => ({ code: r.national ? null : r.code, seriesIndex: 0, dataIndex: i, label: areaText(r, spec, ctx) })),
  };
}

function categoryAxis(m) {
  return {
    type: 'category',
    inverse: true,
    data: m.rows.map((r) => r.name),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#b8c4cf' } },
    axisLabel: {
      fontSize: 12,
      color: COLORS.ink,
      margin: 10,
      formatter: (name, i) => {
        const r = m.rows[i];
        if (!r) return name;
        if (r.national) return `{nat|${name}}`;
        if (m.selected.has(r.code)) return `{sel|${name}}`;
        return name;
      },
      rich: {
        nat: { color: COLORS.national, fontWeight: 'bold', fontSize: 12 },
        sel: { color: COLORS.selected, fontWeight: 'bold', fontSize: 12 },
      },
    },
  };
}

function rowTooltip(spec, ctx, m) {
  const index = new Map(m.rows.map((r, i) => [r.name, i]));
  const fmt = (v) => ctx.fmt(v, spec.decimals);
  return {
    ...tooltipBase(),
    trigger: 'axis',
    axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(31,95,139,0.07)' } },
    formatter: (params) => {
      const i = index.get(params[0].axisValue);
      const r = m.rows[i];
      if (!r) return '';
      const lines = areaLines(r, spec, ctx);
      if (m.stacked && !r.suppressed) {
        spec.categories.forEach((c, k) => {
          const v = spec.stacks[i][k];
          if (v !== null) lines.push(`${marker(palette(k, false))}${esc(c.label)}: ${esc(fmt(v))}`);
        });
      }
      if (m.years.length && !r.suppressed) {
        const ys = m.years
          .map((y, k) => [y, spec.yearly[i][k]])
          .filter(([, v]) => v !== null)
          .map(([y, v]) => `${y}: ${esc(fmt(v))}`);
        if (ys.length) lines.push(`<span style="color:${COLORS.muted}">${ys.join(' \u00b7 ')}</span>`);
      }
      return heading(r) + lines.join('<br>');
    },
  };
}

function emptyLabel(text) {
  return { show: true, position: 'insideLeft', formatter: text, color: COLORS.muted, fontStyle: 'italic', fontSize: 11 };
}

function valueSeries(spec, ctx, m) {
  const colour = (r) => (r.national ? COLORS.national : m.selected.has(r.code) ? COLORS.selected : m.anySelected ? COLORS.faded : COLORS.area);
  return {
    type: 'bar',
    name: spec.unit || 'value',
    barWidth: '64%',
    barMinHeight: 0,
    emphasis: { disabled: true },
    data: m.rows.map((r) =>
      r.suppressed || r.value === null
        ? { value: 0, code: r.code, itemStyle: { color: 'transparent' }, label: emptyLabel(r.suppressed ? spec.suppressedLabel : spec.labels.noData) }
        : { value: r.value, code: r.code, itemStyle: { color: colour(r), borderRadius: [0, 3, 3, 0] } },
    ),
    markLine: nationalLine(spec, ctx),
  };
}

function stackSeries(spec, ctx, m) {
  const fade = (r) => m.anySelected && !r.national && !m.selected.has(r.code);
  const series = spec.categories.map((c, k) => ({
    type: 'bar',
    stack: 'total',
    name: c.label,
    color: palette(k, false),
    barWidth: '64%',
    emphasis: { disabled: true },
    data: m.rows.map((r, i) => ({
      value: r.suppressed ? null : spec.stacks[i][k],
      code: r.code,
      itemStyle: {
        color: palette(k, r.national),
        opacity: fade(r) ? 0.45 : 1,
        borderColor: m.selected.has(r.code) ? COLORS.ink : 'transparent',
        borderWidth: m.selected.has(r.code) ? 1.5 : 0,
      },
    })),
    markLine: k === 0 ? nationalLine(spec, ctx) : undefined,
  }));
  // Suppressed rows of stacked charts still say why they are empty.
  series.push({
    type: 'bar',
    stack: 'total',
    silent: true,
    barWidth: '64%',
    data: m.rows.map((r) => (r.suppressed ? { value: 0, label: emptyLabel(spec.suppressedLabel) } : null)),
    itemStyle: { color: 'transparent' },
    tooltip: { show: false },
  });
  return series;
}

function ciSeries(spec, m) {
  return {
    type: 'custom',
    name: spec.labels.ci95,
    silent: true,
    z: 4,
    renderItem: m.years.length ? (p, api) => whisker(p, api, 0.45) : whisker,
    encode: { x: [1, 2], y: 0 },
    data: m.rows.map((r, i) => [i, r.lower, r.upper]).filter(([, lo, hi]) => lo !== null && hi !== null),
    tooltip: { show: false },
  };
}

// Oranges (ColorBrewer): light to dark by year, clear on the blue bars and apart from the dark CI
// whiskers.
function yearSeries(spec, m) {
  const shades = ramp('#fdbe85', '#a63603', m.years.length);
  const range = {
    type: 'custom',
    silent: true,
    z: 5,
    renderItem: rangeLine,
    encode: { x: [1, 2], y: 0 },
    data: m.rows
      .map((r, i) => {
        const vs = spec.yearly[i].filter((v) => v !== null);
        return vs.length > 1 ? [i, Math.min(...vs), Math.max(...vs)] : null;
      })
      .filter((d) => d !== null),
    tooltip: { show: false },
  };
  const dots = m.years.map((y, k) => ({
    type: 'scatter',
    name: String(y),
    z: 6,
    symbolSize: 7,
    color: shades[k],
    itemStyle: { color: shades[k], borderColor: '#ffffff', borderWidth: 1 },
    emphasis: { disabled: true },
    data: m.rows.map((r, i) => (spec.yearly[i][k] === null ? null : { value: [spec.yearly[i][k], i], code: r.code })).filter((d) => d !== null),
  }));
  return [range, ...dots];
}

function legend(spec, m) {
  return {
    top: spec.title ? TITLE_HEIGHT : 0,
    left: 0,
    itemWidth: 12,
    itemHeight: 10,
    textStyle: { fontSize: 12, color: COLORS.muted },
    data: m.stacked ? spec.categories.map((c) => c.label) : m.years.map(String),
    selectedMode: false,
  };
}

// Every pixel of a row (bar, whisker, dots, the label left of the axis) selects its area.
function rowAt(chart, rows, x, y) {
  const grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();
  if (y < grid.y || y > grid.y + grid.height || x > grid.x + grid.width || rows.length === 0) return null;
  const i = Math.floor(((y - grid.y) / grid.height) * rows.length);
  const r = rows[Math.min(rows.length - 1, Math.max(0, i))];
  return r.national ? null : r.code;
}

function nationalLine(spec, ctx) {
  if (spec.nationalValue === null || spec.nationalValue === undefined) return undefined;
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: COLORS.national, type: [5, 4], width: 1.5 },
    label: {
      formatter: `${referenceLabel(spec)} ${ctx.fmt(spec.nationalValue, spec.decimals)}`,
      // The category axis is inverted (first row on top), so the line starts at the top.
      position: 'start',
      color: COLORS.national,
      fontWeight: 600,
      fontSize: 11,
      distance: 4,
    },
    data: [{ xAxis: spec.nationalValue }],
  };
}

function whisker(params, api, opacity = 0.8) {
  const row = api.value(0);
  const lo = api.coord([api.value(1), row]);
  const hi = api.coord([api.value(2), row]);
  const h = api.size([0, 1])[1] * 0.3;
  const style = { stroke: COLORS.ink, lineWidth: 1.2, opacity };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
      { type: 'line', shape: { x1: lo[0], y1: lo[1] - h / 2, x2: lo[0], y2: lo[1] + h / 2 }, style },
      { type: 'line', shape: { x1: hi[0], y1: hi[1] - h / 2, x2: hi[0], y2: hi[1] + h / 2 }, style },
    ],
  };
}

function rangeLine(params, api) {
  const row = api.value(0);
  const lo = api.coord([api.value(1), row]);
  const hi = api.coord([api.value(2), row]);
  return {
    type: 'line',
    shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] },
    style: { stroke: COLORS.ink, lineWidth: 1, opacity: 0.55 },
  };
}
