import type { Metric } from './metric.ts';
import { attritionShare } from './attrition-share.ts';
import { compaRatio } from './compa-ratio.ts';
import { earlyAttrition } from './early-attrition.ts';
import { headcount } from './headcount.ts';
import { payGap } from './pay-gap.ts';
import { retentionRate } from './retention-rate.ts';
import { spanOfControl } from './span-of-control.ts';
import { tenure } from './tenure.ts';
import { turnoverRate } from './turnover-rate.ts';

/** THE metric registry (DESIGN.md §3): adding a metric is one file plus one line here; registry.test.ts checks both. */
export const allMetrics = [headcount, turnoverRate, attritionShare, retentionRate, earlyAttrition, tenure, compaRatio, payGap, spanOfControl] as const satisfies readonly Metric[];
