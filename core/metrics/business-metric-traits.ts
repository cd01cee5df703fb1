import type { Direction, Evidence } from './evidence.ts';

// Checked in this order: "Cost per Order" is money, "Cycle Time" and "Days to Close" are durations.
const money = /revenue|sales amount|\bsales\b|income|profit|margin|cost|price|spend|budget|\bgmv\b|营收|收入|销售额|利润|成本|费用|金额|毛利/i;
const duration = /\btime\b|\bdays?\b|duration|lead time|cycle|天|时长|周期|用时|天数/i;
const share = /rate|ratio|share|percent|%|conversion|率|占比|比例/i;
const lowerIsBetter = /defect|bug|incident|error|cost|cycle|days to|time to|lead time|churn|complaint|backlog|overdue|缺陷|故障|成本|费用|周期|天数|时长|投诉|流失|逾期/i;

/** How a business metric is read: its unit (for a training effect measured in it) and which way is good. */
export interface BusinessMetricTraits {
  unit: Evidence['unit'];
  direction: Direction;
}

/**
 * The unit and good direction of a business metric named in a BI export, from its name (English or Chinese) and values:
 * money for revenue, sales, cost and profit; days for times and cycles; a ratio for rates whose values all lie in [0, 1];
 * a count otherwise. Defects, costs, cycle times, complaints and churn are better down, everything else up.
 * @example businessMetricTraits('Conversion Rate', [0.18, 0.23]) // { unit: 'ratio', direction: 'up' }
 */
export function businessMetricTraits(name: string, values: ArrayLike<number>): BusinessMetricTraits {
  const direction: Direction = lowerIsBetter.test(name) ? 'down' : 'up';
  if (money.test(name)) return { unit: 'currency', direction };
  if (duration.test(name)) return { unit: 'days', direction };
  const fractions = Array.prototype.every.call(values, (value: number) => Number.isNaN(value) || (value >= 0 && value <= 1));
  return { unit: share.test(name) && fractions ? 'ratio' : 'count', direction };
}
