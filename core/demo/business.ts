import { monthsBetween, periodLabel } from './calendar.ts';
import type { DepartmentName } from './company-profile.ts';
import type { Random } from './random.ts';

/** Months after Consultative Selling ended (2025-04-18) in which Sales' conversion has its lift: ramping in May, full from June. */
function salesConversionLift(year: number, month: number): number {
  if (year < 2025 || (year === 2025 && month <= 4)) return 0;
  return year === 2025 && month === 5 ? 0.03 : 0.05;
}

/** Seasonality of deal flow: the Spring Festival dip in February, the year-end push in Q4. */
function seasonality(month: number): number {
  return month === 2 ? 0.88 : month >= 10 ? 1.08 : 1;
}

/** Round to a number of decimals, so values read like a BI export. */
function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** One month's rows for every department that reports business metrics; `index` counts months from January 2023. */
function monthRows(random: Random, year: number, month: number, index: number): [DepartmentName, string, number][] {
  const growth = 1 + 0.008 * index;
  const yearProgress2025 = year === 2025 ? month / 12 : 0;
  const opportunities = round(600 * growth * seasonality(month) * random.normal(1, 0.04));
  const conversion = round(0.18 + salesConversionLift(year, month) + random.normal(0, 0.006), 3);
  const deals = round(opportunities * conversion);
  return [
    ['Sales', 'Opportunities', opportunities],
    ['Sales', 'Conversion Rate', conversion],
    ['Sales', 'Deals Closed', deals],
    ['Sales', 'Revenue', round((deals * random.normal(108_000, 6_000)) / 1000) * 1000],
    ['Marketing', 'Leads', round(2200 * growth * random.normal(1, 0.05))],
    ['Marketing', 'Conversion Rate', round(0.12 + random.normal(0, 0.006), 3)],
    ['Customer Success', 'Conversion Rate', round(0.3 + random.normal(0, 0.008), 3)],
    ['Customer Success', 'Tickets Resolved', round(3400 * growth * random.normal(1, 0.05))],
    ['R&D', 'Releases', Math.max(3, round(random.normal(9, 1.8)))],
    ['R&D', 'Defects', round(random.normal(36 + 10 * yearProgress2025, 3.5))],
    ['R&D', 'Cycle Time', round(random.normal(40 + 6 * yearProgress2025, 1.5), 1)],
    ['Product', 'Features Shipped', Math.max(1, round(random.normal(5, 1.4)))],
    ['Operations', 'Orders Processed', round(38_000 * growth * seasonality(month) * random.normal(1, 0.04))],
    ['Operations', 'Cost per Order', round(random.normal(12.5, 0.4), 2)],
    ['Finance', 'Days to Close', Math.max(3, round(random.normal(7, 0.8)))],
  ];
}

/**
 * Monthly business metrics for January 2023 – December 2025: Department, Period (yyyy-mm), Metric, Value (rates as
 * fractions, money in CNY, Cycle Time in days). Sales' Conversion Rate steps from about 18% to about 23% after the
 * April 2025 training; Marketing's and Customer Success's conversion rates, untrained, stay flat. R&D's defects and
 * cycle time creep up through 2025 as core engineers leave.
 * @example businessRows(createRandom(1, 'business'))[0].slice(0, 3) // ['Sales', '2023-01', 'Opportunities']
 */
export function businessRows(random: Random): (string | number)[][] {
  return monthsBetween([2023, 1], [2025, 12]).flatMap(([year, month], index) =>
    monthRows(random, year, month, index).map(([department, metric, value]) => [department, periodLabel(year, month), metric, value]),
  );
}
