import { describe, expect, it } from 'vitest';
import { adjustByMetric } from './adjust-by-metric.ts';
import { evidenceFixture } from './evidence-fixture.ts';

describe('adjustByMetric', () => {
  it('corrects within each metric + variant only', () => {
    const voluntary = (department: string) => evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department, value: 0.1 });
    const offers = evidenceFixture({ metric: 'offer_acceptance_rate', department: 'Sales', value: 0.5 });
    // Voluntary turnover: m = 2, q = (0.02, 0.04); offer acceptance alone keeps 0.03.
    const q = adjustByMetric([
      { item: voluntary('R&D'), pValue: 0.01 },
      { item: voluntary('Sales'), pValue: 0.04 },
      { item: offers, pValue: 0.03 },
      { item: voluntary('Ops'), pValue: null },
    ]);
    expect(q[0]).toBeCloseTo(0.02, 10);
    expect(q[1]).toBeCloseTo(0.04, 10);
    expect(q[2]).toBeCloseTo(0.03, 10);
    expect(q[3]).toBeNull();
  });

  it('empty in, empty out', () => {
    expect(adjustByMetric([])).toEqual([]);
  });
});
