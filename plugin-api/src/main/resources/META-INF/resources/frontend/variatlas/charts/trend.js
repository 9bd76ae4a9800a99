// Value per year: the national line with its 95 % CI band, one line per selected area, the other
// areas as faint context lines.
import { COLORS, CATEGORICAL, esc } from '../kit-common.js';
import { LEGEND_ROOM, base, marker, titleHeight, tooltipBase, valueAxis } from './common.js';

export function trend(spec, ctx) {
  const years = spec.years.map(String);
  const head = titleHeight(spec, spec.unit);
  const option = base(spec, spec.unit);
  option.grid = { left: 12, right: 110, top: head + LEGEND_ROOM, bottom: 36, containLabel: true };
  option.xAxis = {
    type: 'category',
    data: years,
    boundaryGap: false,
    axisLabel: { color: COLORS.muted, hideOverlap: true },
    axisLine: { lineStyle: { color: '#b8c4cf' } },
    axisTick: { show: false },
  };
  option.yAxis = { ...valueAxis(spec, ctx), name: '', scale: true };
  const national = spec.lines.find((l) => l.area.national);
  const nationalName = national ? spec.referenceLabel || national.area.name : null;
  const out = { series: [], codes: [] };
  const add = (s, code) => {
    out.series.push(s);
    out.codes.push(code);
  };
  if (spec.showAll) contextLines(spec).forEach(([s, code]) => add(s, code));
  if (national && national.lower.some((v) => v !== null)) add(band(spec, national, years), null);
  if (national) add(nationalLine(national, nationalName), null);
  selectedLines(spec).forEach(([s, code]) => add(s, code));
  option.series = out.series;
  option.tooltip = yearTooltip(spec, ctx, national, nationalName, years);
  option.legend = {
    top: head + 4,
    left: 0,
    itemWidth: 16,
    itemHeight: 8,
    textStyle: { fontSize: 12, color: COLORS.muted },
    selectedMode: false,
    data: [...new Set(out.series.map((s) => s.name))],
  };
  // Keyboard: the areas' points of the last year.
  const items = spec.lines
    .filter((l) => !l.area.national)
    .map((l) => ({ code: l.area.code, seriesIndex: out.codes.indexOf(l.area.code), dataIndex: years.length - 1, label: l.area.name }))
    .filter((it) => it.seriesIndex >= 0);
  return { option, codeOf: (params) => out.codes[params.seriesIndex] || null, items };
}

function contextLines(spec) {
  return spec.lines
    .filter((l) => !l.area.national && !spec.selected.includes(l.area.code))
    .map((l) => [
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
    ]);
}

// One quadrilateral per pair of neighbouring years with both limits.
function band(spec, national, years) {
  const segments = [];
  for (let i = 0; i + 1 < years.length; i++) {
    const [l0, u0, l1, u1] = [national.lower[i], national.upper[i], national.lower[i + 1], national.upper[i + 1]];
    if ([l0, u0, l1, u1].every((v) => v !== null)) segments.push([i, l0, u0, l1, u1]);
  }
  return {
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
  };
}

function nationalLine(national, name) {
  return {
    type: 'line',
    name,
    data: national.values,
    color: COLORS.national,
    symbol: 'diamond',
    symbolSize: 8,
    lineStyle: { width: 3 },
    z: 4,
    endLabel: { show: true, formatter: national.area.name, color: COLORS.national, fontWeight: 600, fontSize: 12 },
  };
}

function selectedLines(spec) {
  return spec.selected
    .map((code, k) => [spec.lines.find((x) => x.area.code === code && !x.area.national), k])
    .filter(([l]) => l)
    .map(([l, k]) => {
      const color = CATEGORICAL[k % CATEGORICAL.length];
      return [
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
        l.area.code,
      ];
    });
}

function yearTooltip(spec, ctx, national, nationalName, years) {
  const fmt = (v) => ctx.fmt(v, spec.decimals);
  return {
    ...tooltipBase(),
    trigger: 'axis',
    formatter: (params) => {
      const shown = params.filter((p) => p.seriesName !== spec.labels.ci95 && p.seriesName !== spec.otherAreas && p.value !== null && p.value !== undefined);
      const year = params.length ? params[0].axisValue : '';
      const i = years.indexOf(year);
      const rows = shown.map((p) => {
        let ci = '';
        if (national && p.seriesName === nationalName && national.lower[i] !== null) {
          ci = ` <span style="color:${COLORS.muted}">(${esc(fmt(national.lower[i]))}\u2013${esc(fmt(national.upper[i]))})</span>`;
        }
        return `${marker(p.color)}${esc(p.seriesName)}: <b>${esc(fmt(p.value))}</b>${ci}`;
      });
      return `<div style="font-weight:600;margin-bottom:2px">${esc(year)}</div>${rows.join('<br>')}`;
    },
  };
}
