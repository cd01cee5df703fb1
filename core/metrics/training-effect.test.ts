import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import type { TestColumns } from './build-test-dataset.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { trainingEffect } from './training-effect.ts';

const months = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'];

/** A business table of monthly rows: each series gives one value per month above (April, the course month, included). */
function business(series: Record<string, Record<string, number[]>>) {
  const columns = { department: [] as string[], period: [] as string[], metricName: [] as string[], value: [] as number[] };
  for (const [department, metrics] of Object.entries(series)) {
    for (const [metric, values] of Object.entries(metrics)) {
      values.forEach((value, m) => {
        columns.department.push(department);
        columns.period.push(months[m]);
        columns.metricName.push(metric);
        columns.value.push(value);
      });
    }
  }
  return buildTestDataset(columns, { role: 'business' });
}

// Sales' conversion: 0.17/0.19 alternating before (mean 0.18, sample variance 0.00012), 0.22/0.24 after (mean 0.23, same
// variance). Marketing flat at 0.12; Customer Success 0.30 before and 0.29 after. Only Sales reports Deals.
const sixAnd = (before: number[], april: number, after: number[]) => [...before, april, ...after];
const related = {
  business: business({
    Sales: { 'Conversion Rate': sixAnd([0.17, 0.19, 0.17, 0.19, 0.17, 0.19], 0.2, [0.22, 0.24, 0.22, 0.24, 0.22, 0.24]), Deals: months.map(() => 100) },
    Marketing: { 'Conversion Rate': months.map(() => 0.12) },
    'Customer Success': { 'Conversion Rate': sixAnd([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], 0.3, [0.29, 0.29, 0.29, 0.29, 0.29, 0.29]) },
  }),
};

const trainingColumns: TestColumns = {
  course: ['Consultative Selling', 'Consultative Selling', 'Consultative Selling'],
  department: ['Sales', 'Sales', 'Sales'],
  startDate: ['2025-04-07', '2025-04-07', '2025-04-07'],
  endDate: ['2025-04-18', '2025-04-18', '2025-04-18'],
};

describe('training_effect', () => {
  it('sets the trained department’s change against the untrained comparison group’s (difference-in-differences)', () => {
    // Sales: 0.23 − 0.18 = 0.05, variance 0.00012/6 + 0.00012/6 = 0.00004, 95% interval ±1.959964 · 0.0063246 = ±0.012396.
    // Comparison: (0 + (−0.01)) ÷ 2 = −0.005 with variance 0. Effect 0.055, z = 0.055 ÷ 0.0063246 = 8.696, p ≈ 3.4e-18.
    const training = buildTestDataset(trainingColumns, { role: 'training', asOf: '2025-12-31' });
    const results = trainingEffect.compute(training, { period: yearPeriod(2025), grouping: groupBy(training, 'department'), related });
    expect(results).toHaveLength(1);
    const [effect] = results;
    expect(effect).toMatchObject({ variant: 'Consultative Selling → Conversion Rate', unit: 'ratio', direction: 'up', definition: 'training_effect.difference-in-differences-6-months', caveats: [] });
    expect(effect.total.value).toBeCloseTo(0.05, 12);
    expect(effect.total.restValue).toBeCloseTo(-0.005, 12);
    expect(effect.total.n).toBe(3);
    expect(effect.total.ci95![0]).toBeCloseTo(0.05 - 0.012396, 5);
    expect(effect.total.pValue).toBeLessThan(1e-15);
    expect(effect.groups[0].value).toBeCloseTo(0.05, 12);
  });

  it('leaves departments trained around the same time out of the comparison group', () => {
    // Marketing's own course in January 2025 falls inside Sales' before window: Customer Success alone compares, −0.01.
    const training = buildTestDataset(
      {
        course: [...trainingColumns.course!, 'Marketing Bootcamp'],
        department: [...trainingColumns.department!, 'Marketing'],
        startDate: [...trainingColumns.startDate!, '2025-01-13'],
        endDate: [...trainingColumns.endDate!, '2025-01-17'],
      },
      { role: 'training', asOf: '2025-12-31' },
    );
    const results = trainingEffect.compute(training, { period: yearPeriod(2025), grouping: groupBy(training, 'department'), related });
    const selling = results.find((result) => result.variant === 'Consultative Selling → Conversion Rate')!;
    expect(selling.total.restValue).toBeCloseTo(-0.01, 12);
    expect(selling.groups[1]).toMatchObject({ value: NaN, n: 0 });
  });

  it('gives no effect without a comparison group or an after window', () => {
    const training = buildTestDataset(trainingColumns, { role: 'training', asOf: '2025-12-31' });
    const alone = { business: business({ Sales: { 'Conversion Rate': months.map(() => 0.2) } }) };
    expect(trainingEffect.compute(training, { period: yearPeriod(2025), grouping: null, related: alone })).toEqual([]);
    const tooSoon = buildTestDataset(trainingColumns, { role: 'training', asOf: '2025-06-30' });
    expect(trainingEffect.compute(tooSoon, { period: yearPeriod(2025), grouping: null, related })).toEqual([]);
  });
});
