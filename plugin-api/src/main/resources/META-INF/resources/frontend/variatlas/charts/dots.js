// The dot strip ("kulelinje") of a topic's result box: one dot per area on one axis, Norway as a
// diamond, selected areas ringed and named.
import { COLORS } from '../kit-common.js';
import { TITLE_HEIGHT, areaLines, areaText, axisDecimals, base, heading, niceRange, tooltipBase } from './common.js';

export function dots(spec, ctx) {
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
    splitNumber: ctx.width && ctx.width < 360 ? 3 : 4,
    axisLabel: { color: COLORS.muted, fontSize: 11, hideOverlap: true, formatter: (v) => ctx.fmt(v, axisDecimals(v, spec.decimals)) },
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
  const data = ordered.map((r) => dot(r, selected.has(r.code)));
  const series = [{ type: 'scatter', data, emphasis: { scale: 1.3 }, z: 3 }];
  if (spec.national) series.push(nationalDot(spec.national));
  option.series = series;
  return {
    option,
    items: data.map((d, i) => ({ code: d.code, seriesIndex: 0, dataIndex: i, label: areaText(d.area, spec, ctx) })),
  };
}

function dot(r, on) {
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
    label: on ? { show: true, position: 'top', distance: 3, formatter: r.name, color: COLORS.selected, fontWeight: 600, fontSize: 11 } : { show: false },
  };
}

function nationalDot(national) {
  return {
    type: 'scatter',
    z: 4,
    data: [
      {
        value: [national.value, 0],
        area: national,
        symbol: 'diamond',
        symbolSize: 17,
        itemStyle: { color: COLORS.national, borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
}
