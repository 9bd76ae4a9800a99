// The kit's chart builders, one module per chart (see charts/common.js for the contract): each
// turns the spec the Java side sends into an ECharts option.
import { ranked } from './charts/ranked.js';
import { dots } from './charts/dots.js';
import { funnel } from './charts/funnel.js';
import { trend } from './charts/trend.js';

/* ---------- Raw option ---------- */

function custom(spec) {
  return { option: spec.option || {}, items: [] };
}

export const BUILDERS = { ranked, dots, funnel, trend, custom };
