// The funnel plot: each area's value against its population, inside the 95 % and 99.8 % limits
// around the reference value; points coloured by significance, read through the polarity.
import { COLORS, esc } from '../kit-common.js';
import { LEGEND_ROOM, areaLines, areaText, base, heading, marker, niceRange, splitFor, titleHeight, tooltipBase, valueAxis } from './common.js';

const FUNNEL_COLORS = {
  // Okabe-Ito blue/orange: better/worse without relying on red/green.
  better: { 998: '#0072b2', 95: '#56b4e9' },
  worse: { 998: '#d55e00', 95: '#e69f00' },
  // ColorBrewer PRGn ends: two hues that carry no judgement.
  higher: { 998: '#762a83', 95: '#af8dc3' },
  lower: { 998: '#1b7837', 95: '#7fbf7b' },
};

const CLASSES = ['high998', 'high95', 'none', 'low95', 'low998'];

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

export function funnel(spec, ctx) {
  const head = titleHeight(spec, spec.unit);
  const option = base(spec, spec.unit);
  option.grid = { left: 12, right: 24, top: head + LEGEND_ROOM, bottom: 44, containLabel: true };
  Object.assign(option, axes(spec, ctx));
  option.tooltip = pointTooltip(spec, ctx);
  const series = limitSeries(spec);
  const items = [];
  CLASSES.forEach((cls) => {
    const s = classSeries(spec, ctx, cls, series.length, items);
    if (s) series.push(s);
  });
  if (spec.target !== null && spec.target !== undefined) series.push(targetSeries(spec, ctx));
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

function axes(spec, ctx) {
  const points = spec.points;
  const ys = points.map((p) => p.area.value).concat(spec.target !== null ? [spec.target] : []);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.2 || 1;
  const xMax = Math.max(...points.map((p) => p.x)) * 1.06;
  const [yMin, yMax] = niceRange(Math.max(0, lo - pad), hi + pad);
  return {
    xAxis: {
      ...valueAxis({ ...spec, unit: spec.xLabel }, ctx),
      min: 0,
      max: niceRange(0, xMax)[1],
      splitNumber: splitFor(ctx.width),
      splitLine: { show: false },
      axisLine: { show: true, lineStyle: { color: '#b8c4cf' } },
      axisLabel: { color: COLORS.muted, formatter: (v) => ctx.fmt(v, 0), hideOverlap: true },
    },
    yAxis: { ...valueAxis(spec, ctx), name: '', min: Math.max(0, yMin), max: yMax },
  };
}

function pointTooltip(spec, ctx) {
  const C = spec.classLabels;
  return {
    ...tooltipBase(),
    trigger: 'item',
    formatter: (p) => {
      if (!p.data || !p.data.area) return '';
      return heading(p.data.area) + areaLines(p.data.area, spec, ctx).concat([`${marker(p.color)}${esc(C[p.data.cls])}`]).join('<br>');
    },
  };
}

function limitSeries(spec) {
  const C = spec.classLabels;
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
  return [
    limit(C.limits95, spec.limits.lower95 || [], true),
    limit(C.limits95, spec.limits.upper95 || [], true),
    limit(C.limits998, spec.limits.lower998 || [], false),
    limit(C.limits998, spec.limits.upper998 || [], false),
  ];
}

function classSeries(spec, ctx, cls, seriesIndex, items) {
  const selected = new Set(spec.selected);
  const mine = spec.points.filter((p) => p.significance === cls);
  if (!mine.length) return null;
  const color = funnelColor(spec.polarity, cls);
  const ordered = mine.filter((p) => !selected.has(p.area.code)).concat(mine.filter((p) => selected.has(p.area.code)));
  return {
    type: 'scatter',
    name: spec.classLabels[cls],
    color,
    z: 3,
    data: ordered.map((p, i) => {
      const on = selected.has(p.area.code);
      items.push({ code: p.area.code, seriesIndex, dataIndex: i, x: p.x, label: `${areaText(p.area, spec, ctx)}, ${spec.classLabels[cls]}` });
      return {
        value: [p.x, p.area.value],
        code: p.area.code,
        area: p.area,
        cls,
        symbolSize: on ? 15 : 10,
        itemStyle: { color, borderColor: on ? COLORS.ink : '#ffffff', borderWidth: on ? 2 : 1 },
        label: on ? { show: true, position: 'right', formatter: p.area.name, color: COLORS.ink, fontWeight: 600, fontSize: 11 } : { show: false },
      };
    }),
    emphasis: { scale: 1.3 },
  };
}

function targetSeries(spec, ctx) {
  const name = spec.referenceLabel || spec.classLabels.target;
  return {
    type: 'line',
    name,
    data: [],
    color: COLORS.national,
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: COLORS.national, width: 1.5, type: 'solid' },
      label: { formatter: `${name} ${ctx.fmt(spec.target, spec.decimals)}`, position: 'insideEndTop', color: COLORS.national, fontSize: 11, fontWeight: 600 },
      data: [{ yAxis: spec.target }],
    },
  };
}
