import { describe, expect, it } from 'vitest';
import { changePValue } from './change-p-value.ts';
import { evidenceFixture } from './evidence-fixture.ts';

describe('changePValue', () => {
  it('rates: the counts\' own test (25 of 100 → 40 of 100: z = 2.2646, p = 0.02354)', () => {
    const before = evidenceFixture({ metric: 'turnover_rate', numerator: 25, denominator: 100 });
    const after = evidenceFixture({ metric: 'turnover_rate', numerator: 40, denominator: 100 });
    expect(changePValue(before, after)).toBeCloseTo(0.02354, 4);
  });

  it('medians: from the two intervals', () => {
    const before = evidenceFixture({ metric: 'time_to_fill', value: 20, ci95: [17, 23], unit: 'days' });
    const after = evidenceFixture({ metric: 'time_to_fill', value: 30, ci95: [26, 34], unit: 'days' });
    expect(changePValue(before, after)).toBeCloseTo(8.86e-5, 6);
  });

  it('untestable: counts, or a rate over 100% without intervals', () => {
    const count = (value: number) => evidenceFixture({ metric: 'headcount', value, unit: 'count' });
    expect(changePValue(count(100), count(140))).toBeNull();
    const over = (numerator: number) => evidenceFixture({ metric: 'turnover_rate', numerator, denominator: 10 });
    expect(changePValue(over(12), over(15))).toBeNull();
  });
});
