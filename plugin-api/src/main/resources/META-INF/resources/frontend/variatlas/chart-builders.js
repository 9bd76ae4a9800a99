// Builds ECharts options from the specs the kit's Java charts send. Each builder returns
// { option, rowAt?(x, y) -> code, codeOf?(params) -> code, items: [{code, seriesIndex, dataIndex}] }.
import { COLORS, CATEGORICAL, esc, ramp } from './kit-common.js';

// Unquoted family names: the exported SVG carries this in a double-quoted attribute.
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';
const TITLE_HEIGHT = 30;
// A legend of five or six entries may wrap to two lines in a half-width card.
const LEGEND_ROOM = 58;

/** The common option; with a subtext (the unit), it goes under the title. */
function base(spec, subtext) {
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
function titleHeight(spec, subtext) {
  return (spec.title ? TITLE_HEIGHT : 0) + (subtext ? (spec.title ? 18 : 24) : 0);
}

function tooltipBase() {
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
function areaLines(area, spec, ctx) {
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

function heading(area) {
  const color = area.national ? COLORS.national : COLORS.ink;
  return `<div style="font-weight:600;color:${color};margin-bottom:2px">${esc(area.name)}</div>`;
}

function valueAxis(spec, ctx, extra = {}) {
  return {
    type: 'value',
    name: spec.unit || '',
    nameLocation: 'middle',
    nameGap: 28,
    nameTextStyle: { color: COLORS.muted, fontSize: 12 },
    axisLabel: { color: COLORS.muted, formatter: (v) => ctx.fmt(v, axisDecimals(v, spec.decimals)) },
    splitLine: { lineStyle: { color: COLORS.grid } },
    axisLine: { show: false },
    ...extra,
  };
}

// Axis ticks are round numbers: show decimals only where the tick has them.
function axisDecimals(v, decimals) {
  return Number.isInteger(v) ? 0 : Math.min(decimals, 2);
}

/* ---------- Ranked bars ---------- */

function ranked(spec, ctx) {
  const rows = spec.rows;
  const L = spec.labels;
  const selected = new Set(spec.selected);
  const anySelected = selected.size > 0;
  const stacked = spec.categories.length > 0;
  const years = spec.years || [];
  const index = new Map(rows.map((r, i) => [r.name, i]));
  const top = (spec.title ? TITLE_HEIGHT : 0) + (stacked || years.length ? 30 : 0) + 22;
  const fmt = (v) => ctx.fmt(v, spec.decimals);

  const option = base(spec);
  option.grid = { left: 8, right: 28, top, bottom: 40, containLabel: true };
  option.xAxis = valueAxis(spec, ctx);
  option.yAxis = {
    type: 'category',
    inverse: true,
    data: rows.map((r) => r.name),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#b8c4cf' } },
    axisLabel: {
      fontSize: 12,
      color: COLORS.ink,
      margin: 10,
      formatter: (name, i) => {
        const r = rows[i];
        if (!r) return name;
        if (r.national) return `{nat|${name}}`;
        if (selected.has(r.code)) return `{sel|${name}}`;
        return name;
      },
      rich: {
        nat: { color: COLORS.national, fontWeight: 'bold', fontSize: 12 },
        sel: { color: COLORS.selected, fontWeight: 'bold', fontSize: 12 },
      },
    },
  };
  option.tooltip = {
    ...tooltipBase(),
    trigger: 'axis',
    axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(31,95,139,0.07)' } },
    formatter: (params) => {
      const i = index.get(params[0].axisValue);
      const r = rows[i];
      if (!r) return '';
      const lines = areaLines(r, spec, ctx);
      if (stacked && !r.suppressed) {
        spec.categories.forEach((c, k) => {
          const v = spec.stacks[i][k];
          if (v !== null) lines.push(`${marker(palette(stacked, k, false))}${esc(c.label)}: ${esc(fmt(v))}`);
        });
      }
      if (years.length && !r.suppressed) {
        const ys = years
          .map((y, k) => [y, spec.yearly[i][k]])
          .filter(([, v]) => v !== null)
          .map(([y, v]) => `${y}: ${esc(fmt(v))}`);
        if (ys.length) lines.push(`<span style="color:${COLORS.muted}">${ys.join(' \u00b7 ')}</span>`);
      }
      return heading(r) + lines.join('<br>');
    },
  };

  const series = [];
  const fade = (r) => anySelected && !r.national && !selected.has(r.code);
  if (!stacked) {
    series.push({
      type: 'bar',
      name: spec.unit || 'value',
      barWidth: '64%',
      barMinHeight: 0,
      emphasis: { disabled: true },
      data: rows.map((r) =>
        r.suppressed || r.value === null
          ? {
              value: 0,
              code: r.code,
              itemStyle: { color: 'transparent' },
              label: {
                show: true,
                position: 'insideLeft',
                formatter: r.suppressed ? spec.suppressedLabel : L.noData,
                color: COLORS.muted,
                fontStyle: 'italic',
                fontSize: 11,
              },
            }
          : {
              value: r.value,
              code: r.code,
              itemStyle: {
                color: r.national ? COLORS.national : selected.has(r.code) ? COLORS.selected : anySelected ? COLORS.faded : COLORS.area,
                borderRadius: [0, 3, 3, 0],
              },
            },
      ),
      markLine: nationalLine(spec, ctx),
    });
  } else {
    spec.categories.forEach((c, k) => {
      series.push({
        type: 'bar',
        stack: 'total',
        name: c.label,
        color: palette(true, k, false),
        barWidth: '64%',
        emphasis: { disabled: true },
        data: rows.map((r, i) => ({
          value: r.suppressed ? null : spec.stacks[i][k],
          code: r.code,
          itemStyle: {
            color: palette(true, k, r.national),
            opacity: fade(r) ? 0.45 : 1,
            borderColor: selected.has(r.code) ? COLORS.ink : 'transparent',
            borderWidth: selected.has(r.code) ? 1.5 : 0,
          },
        })),
        markLine: k === 0 ? nationalLine(spec, ctx) : undefined,
      });
    });
    // Suppressed rows of stacked charts still say why they are empty.
    series.push({
      type: 'bar',
      stack: 'total',
      silent: true,
      barWidth: '64%',
      data: rows.map((r) =>
        r.suppressed
          ? { value: 0, label: { show: true, position: 'insideLeft', formatter: spec.suppressedLabel, color: COLORS.muted, fontStyle: 'italic', fontSize: 11 } }
          : null,
      ),
      itemStyle: { color: 'transparent' },
      tooltip: { show: false },
    });
  }

  if (spec.showCi) {
    series.push({
      type: 'custom',
      name: L.ci95,
      silent: true,
      z: 4,
      renderItem: years.length ? (p, api) => whisker(p, api, 0.45) : whisker,
      encode: { x: [1, 2], y: 0 },
      data: rows
        .map((r, i) => [i, r.lower, r.upper])
        .filter(([, lo, hi]) => lo !== null && hi !== null),
      tooltip: { show: false },
    });
  }

  if (years.length) {
    // Oranges (ColorBrewer): light to dark by year, clear on the blue bars and apart from the
    // dark CI whiskers.
    const shades = ramp('#fdbe85', '#a63603', years.length);
    series.push({
      type: 'custom',
      silent: true,
      z: 5,
      renderItem: rangeLine,
      encode: { x: [1, 2], y: 0 },
      data: rows
        .map((r, i) => {
          const vs = spec.yearly[i].filter((v) => v !== null);
          return vs.length > 1 ? [i, Math.min(...vs), Math.max(...vs)] : null;
        })
        .filter((d) => d !== null),
      tooltip: { show: false },
    });
    years.forEach((y, k) => {
      series.push({
        type: 'scatter',
        name: String(y),
        z: 6,
        symbolSize: 7,
        color: shades[k],
        itemStyle: { color: shades[k], borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { disabled: true },
        data: rows
          .map((r, i) => (spec.yearly[i][k] === null ? null : { value: [spec.yearly[i][k], i], code: r.code }))
          .filter((d) => d !== null),
      });
    });
  }

  if (stacked || years.length) {
    option.legend = {
      top: spec.title ? TITLE_HEIGHT : 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 10,
      textStyle: { fontSize: 12, color: COLORS.muted },
      data: stacked ? spec.categories.map((c) => c.label) : years.map(String),
      selectedMode: false,
    };
  }
  option.series = series;

  return {
    option,
    // Every pixel of a row (bar, whisker, dots, the label left of the axis) selects its area.
    rowAt: (chart, x, y) => {
      const grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();
      if (y < grid.y || y > grid.y + grid.height || x > grid.x + grid.width || rows.length === 0) return null;
      const i = Math.floor(((y - grid.y) / grid.height) * rows.length);
      const r = rows[Math.min(rows.length - 1, Math.max(0, i))];
      return r.national ? null : r.code;
    },
    items: rows.map((r, i) => ({ code: r.national ? null : r.code, seriesIndex: 0, dataIndex: i })),
  };
}

function nationalLine(spec, ctx) {
  if (spec.nationalValue === null || spec.nationalValue === undefined) return undefined;
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: COLORS.national, type: [5, 4], width: 1.5 },
    label: {
      formatter: `${spec.labels.national} ${ctx.fmt(spec.nationalValue, spec.decimals)}`,
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

const AREA_STACK = ['#1f5f8b', '#7fb0d5', '#c6dbef', '#4a8bbd'];
const NATIONAL_STACK = ['#6b2c7a', '#b48cc2', '#dcc8e4', '#8f5aa0'];

function palette(stacked, k, national) {
  const p = national ? NATIONAL_STACK : AREA_STACK;
  return p[k % p.length];
}

function marker(color) {
  return `<span style="display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:5px;background:${color}"></span>`;
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

/* ---------- Dot strip ---------- */

function dots(spec, ctx) {
  const selected = new Set(spec.selected);
  const rows = spec.rows;
  const all = rows.map((r) => r.value).concat(spec.national ? [spec.national.value] : []);
  const [min, max] = niceRange(Math.min(...all), Math.max(...all));
  const option = base(spec);
  const top = spec.title ? TITLE_HEIGHT : 0;
  option.grid = { left: 14, right: 14, top: top + 16, bottom: 24 };
  option.xAxis = {
    type: 'value',
    min,
    max,
    splitNumber: 4,
    axisLabel: { color: COLORS.muted, fontSize: 11, formatter: (v) => ctx.fmt(v, axisDecimals(v, spec.decimals)) },
    axisLine: { show: true, lineStyle: { color: '#b8c4cf' } },
    axisTick: { show: true, lineStyle: { color: '#b8c4cf' } },
    splitLine: { show: false },
  };
  option.yAxis = { type: 'value', show: false, min: -1, max: 1 };
  option.tooltip = {
    ...tooltipBase(),
    trigger: 'item',
    formatter: (p) => (p.data.area ? heading(p.data.area) + areaLines(p.data.area, spec, ctx).join('<br>') : ''),
  };
  // Unselected first, so that selected dots are drawn on top.
  const ordered = rows.filter((r) => !selected.has(r.code)).concat(rows.filter((r) => selected.has(r.code)));
  const data = ordered.map((r) => {
    const on = selected.has(r.code);
    return {
      value: [r.value, 0],
      code: r.code,
      area: r,
      symbolSize: on ? 14 : 11,
      itemStyle: {
        color: on ? COLORS.selected : COLORS.area,
        opacity: on ? 1 : 0.8,
        borderColor: on ? COLORS.ink : '#ffffff',
        borderWidth: on ? 1.5 : 1,
      },
      label: on
        ? { show: true, position: 'top', distance: 3, formatter: r.name, color: COLORS.selected, fontWeight: 600, fontSize: 11 }
        : { show: false },
    };
  });
  const series = [{ type: 'scatter', data, emphasis: { scale: 1.3 }, z: 3 }];
  if (spec.national) {
    series.push({
      type: 'scatter',
      z: 4,
      data: [
        {
          value: [spec.national.value, 0],
          area: spec.national,
          symbol: 'diamond',
          symbolSize: 17,
          itemStyle: { color: COLORS.national, borderColor: '#ffffff', borderWidth: 1 },
        },
      ],
    });
  }
  option.series = series;
  return {
    option,
    items: data.map((d, i) => ({ code: d.code, seriesIndex: 0, dataIndex: i })),
  };
}

function niceRange(min, max) {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min || Math.abs(max) || 1;
  const step = Math.pow(10, Math.floor(Math.log10(span)));
  return [Math.floor((min - span * 0.05) / step) * step, Math.ceil((max + span * 0.05) / step) * step];
}

/* ---------- Funnel ---------- */

const FUNNEL_COLORS = {
  // Okabe-Ito blue/orange: better/worse without relying on red/green.
  better: { 998: '#0072b2', 95: '#56b4e9' },
  worse: { 998: '#d55e00', 95: '#e69f00' },
  // ColorBrewer PRGn ends: two hues that carry no judgement.
  higher: { 998: '#762a83', 95: '#af8dc3' },
  lower: { 998: '#1b7837', 95: '#7fbf7b' },
};

function funnelColor(polarity, cls) {
  if (cls === 'none') return COLORS.notSignificant;
  const high = cls.startsWith('high');
  const level = cls.endsWith('998') ? 998 : 95;
  let kind;
  if (polarity === 'HIGH_IS_GOOD') kind = high ? 'better' : 'worse';
  else if (polarity === 'LOW_IS_GOOD') kind = high ? 'worse' : 'better';
  else kind = high ? 'higher' : 'lower';
  return FUNNEL_COLORS[kind][level];
}

function funnel(spec, ctx) {
  const selected = new Set(spec.selected);
  const C = spec.classLabels;
  const points = spec.points;
  const option = base(spec, spec.unit);
  const head = titleHeight(spec, spec.unit);
  const top = head + LEGEND_ROOM;
  option.grid = { left: 12, right: 24, top, bottom: 44, containLabel: true };
  const ys = points.map((p) => p.area.value).concat(spec.target !== null ? [spec.target] : []);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.2 || 1;
  const xMax = Math.max(...points.map((p) => p.x)) * 1.06;
  option.xAxis = {
    ...valueAxis({ ...spec, unit: spec.xLabel }, ctx),
    min: 0,
    max: niceRange(0, xMax)[1],
    splitLine: { show: false },
    axisLine: { show: true, lineStyle: { color: '#b8c4cf' } },
    axisLabel: { color: COLORS.muted, formatter: (v) => ctx.fmt(v, 0), hideOverlap: true },
  };
  const [yMin, yMax] = niceRange(Math.max(0, lo - pad), hi + pad);
  option.yAxis = { ...valueAxis(spec, ctx), name: '', min: Math.max(0, yMin), max: yMax };
  option.tooltip = {
    ...tooltipBase(),
    trigger: 'item',
    formatter: (p) => {
      if (!p.data || !p.data.area) return '';
      return heading(p.data.area) + areaLines(p.data.area, spec, ctx).concat([`${marker(p.color)}${esc(C[p.data.cls])}`]).join('<br>');
    },
  };
  const series = [];
  const limit = (name, data, dashed) => ({
    type: 'line',
    name,
    data,
    showSymbol: false,
    smooth: true,
    silent: true,
    z: 1,
    color: dashed ? '#7b8794' : '#4a5561',
    lineStyle: { width: 1.2, type: dashed ? [5, 4] : 'solid', color: dashed ? '#7b8794' : '#4a5561' },
    tooltip: { show: false },
  });
  series.push(limit(C.limits95, spec.limits.lower95 || [], true));
  series.push(limit(C.limits95, spec.limits.upper95 || [], true));
  series.push(limit(C.limits998, spec.limits.lower998 || [], false));
  series.push(limit(C.limits998, spec.limits.upper998 || [], false));
  const items = [];
  ['high998', 'high95', 'none', 'low95', 'low998'].forEach((cls) => {
    const mine = points.filter((p) => p.significance === cls);
    if (!mine.length) return;
    const color = funnelColor(spec.polarity, cls);
    const ordered = mine.filter((p) => !selected.has(p.area.code)).concat(mine.filter((p) => selected.has(p.area.code)));
    const seriesIndex = series.length;
    series.push({
      type: 'scatter',
      name: C[cls],
      color,
      z: 3,
      data: ordered.map((p, i) => {
        const on = selected.has(p.area.code);
        items.push({ code: p.area.code, seriesIndex, dataIndex: i, x: p.x });
        return {
          value: [p.x, p.area.value],
          code: p.area.code,
          area: p.area,
          cls,
          symbolSize: on ? 15 : 10,
          itemStyle: { color, borderColor: on ? COLORS.ink : '#ffffff', borderWidth: on ? 2 : 1 },
          label: on
            ? { show: true, position: 'right', formatter: p.area.name, color: COLORS.ink, fontWeight: 600, fontSize: 11 }
            : { show: false },
        };
      }),
      emphasis: { scale: 1.3 },
    });
  });
  if (spec.target !== null && spec.target !== undefined) {
    series.push({
      type: 'line',
      name: C.target,
      data: [],
      color: COLORS.national,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: COLORS.national, width: 1.5, type: 'solid' },
        label: { formatter: `${C.target} ${ctx.fmt(spec.target, spec.decimals)}`, position: 'insideEndTop', color: COLORS.national, fontSize: 11, fontWeight: 600 },
        data: [{ yAxis: spec.target }],
      },
    });
  }
  option.legend = {
    top: head + 4,
    left: 0,
    itemWidth: 14,
    itemHeight: 9,
    textStyle: { fontSize: 12, color: COLORS.muted },
    selectedMode: false,
    data: [...new Set(series.map((s) => s.name))],
  };
  option.series = series;
  // Keyboard order: left to right along the x axis.
  items.sort((a, b) => a.x - b.x);
  return { option, items };
}

/* ---------- Trend ---------- */

function trend(spec, ctx) {
  const selected = spec.selected;
  const lines = spec.lines;
  const years = spec.years.map(String);
  const option = base(spec, spec.unit);
  const head = titleHeight(spec, spec.unit);
  const top = head + LEGEND_ROOM;
  const fmt = (v) => ctx.fmt(v, spec.decimals);
  option.grid = { left: 12, right: 110, top, bottom: 36, containLabel: true };
  option.xAxis = {
    type: 'category',
    data: years,
    boundaryGap: false,
    axisLabel: { color: COLORS.muted },
    axisLine: { lineStyle: { color: '#b8c4cf' } },
    axisTick: { show: false },
  };
  option.yAxis = { ...valueAxis(spec, ctx), name: '', scale: true };
  const series = [];
  const seriesCodes = [];
  const add = (s, code) => {
    series.push(s);
    seriesCodes.push(code);
  };
  const national = lines.find((l) => l.area.national);
  if (spec.showAll) {
    lines
      .filter((l) => !l.area.national && !selected.includes(l.area.code))
      .forEach((l) =>
        add(
          {
            type: 'line',
            name: spec.otherAreas,
            data: l.values,
            color: '#b9c6d3',
            symbol: 'none',
            lineStyle: { width: 1, color: '#c6d1dc' },
            emphasis: { focus: 'none', lineStyle: { width: 2, color: COLORS.area } },
            triggerLineEvent: true,
            z: 1,
            tooltip: { show: false },
            areaName: l.area.name,
          },
          l.area.code,
        ),
      );
  }
  if (national && national.lower.some((v) => v !== null)) {
    // The band: one quadrilateral per pair of neighbouring years with both limits.
    const segments = [];
    for (let i = 0; i + 1 < years.length; i++) {
      const [l0, u0, l1, u1] = [national.lower[i], national.upper[i], national.lower[i + 1], national.upper[i + 1]];
      if ([l0, u0, l1, u1].every((v) => v !== null)) segments.push([i, l0, u0, l1, u1]);
    }
    add(
      {
        type: 'custom',
        name: spec.labels.ci95,
        color: 'rgba(107,44,122,0.25)',
        silent: true,
        z: 2,
        data: segments,
        encode: { x: 0, y: [1, 2, 3, 4] },
        renderItem: (params, api) => {
          const i = api.value(0);
          const a = api.coord([i, api.value(1)]);
          const b = api.coord([i + 1, api.value(3)]);
          const c = api.coord([i + 1, api.value(4)]);
          const d = api.coord([i, api.value(2)]);
          return { type: 'polygon', shape: { points: [a, b, c, d] }, style: { fill: 'rgba(107,44,122,0.14)' } };
        },
        tooltip: { show: false },
      },
      null,
    );
  }
  if (national) {
    add(
      {
        type: 'line',
        name: national.area.name,
        data: national.values,
        color: COLORS.national,
        symbol: 'diamond',
        symbolSize: 8,
        lineStyle: { width: 3 },
        z: 4,
        endLabel: { show: true, formatter: national.area.name, color: COLORS.national, fontWeight: 600, fontSize: 12 },
      },
      null,
    );
  }
  selected.forEach((code, k) => {
    const l = lines.find((x) => x.area.code === code && !x.area.national);
    if (!l) return;
    const color = CATEGORICAL[k % CATEGORICAL.length];
    add(
      {
        type: 'line',
        name: l.area.name,
        data: l.values,
        color,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2.5 },
        z: 5,
        endLabel: { show: true, formatter: l.area.name, color, fontWeight: 600, fontSize: 12 },
      },
      code,
    );
  });
  option.series = series;
  option.tooltip = {
    ...tooltipBase(),
    trigger: 'axis',
    formatter: (params) => {
      const shown = params.filter((p) => p.seriesName !== spec.labels.ci95 && p.seriesName !== spec.otherAreas && p.value !== null && p.value !== undefined);
      const year = params.length ? params[0].axisValue : '';
      const i = years.indexOf(year);
      const rows = shown.map((p) => {
        let ci = '';
        if (national && p.seriesName === national.area.name && national.lower[i] !== null) {
          ci = ` <span style="color:${COLORS.muted}">(${esc(fmt(national.lower[i]))}\u2013${esc(fmt(national.upper[i]))})</span>`;
        }
        return `${marker(p.color)}${esc(p.seriesName)}: <b>${esc(fmt(p.value))}</b>${ci}`;
      });
      return `<div style="font-weight:600;margin-bottom:2px">${esc(year)}</div>${rows.join('<br>')}`;
    },
  };
  const legendNames = [...new Set(series.map((s) => s.name))];
  option.legend = {
    top: head + 4,
    left: 0,
    itemWidth: 16,
    itemHeight: 8,
    textStyle: { fontSize: 12, color: COLORS.muted },
    selectedMode: false,
    data: legendNames,
  };
  // Keyboard: the national point and selected lines of the last year, then the other areas.
  const items = lines
    .filter((l) => !l.area.national)
    .map((l) => ({ code: l.area.code, seriesIndex: seriesCodes.indexOf(l.area.code), dataIndex: years.length - 1 }))
    .filter((it) => it.seriesIndex >= 0);
  return {
    option,
    codeOf: (params) => seriesCodes[params.seriesIndex] || null,
    items,
  };
}

/* ---------- Raw option ---------- */

function custom(spec) {
  return { option: spec.option || {}, items: [] };
}

export const BUILDERS = { ranked, dots, funnel, trend, custom };
