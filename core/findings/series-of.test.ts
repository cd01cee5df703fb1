import { describe, expect, it } from 'vitest';
import { evidenceFixture } from './evidence-fixture.ts';
import { seriesOf } from './series-of.ts';

describe('seriesOf', () => {
  it('one series per metric + variant + segment, sorted by period start', () => {
    const q2 = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', from: '2024-04-01', value: 0.1 });
    const q1 = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', from: '2024-01-01', value: 0.1 });
    const sales = evidenceFixture({ metric: 'turnover_rate', department: 'Sales', from: '2024-01-01', value: 0.1 });
    const voluntary = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', from: '2024-01-01', value: 0.1 });
    expect(seriesOf([q2, sales, q1, voluntary])).toEqual([[q1, q2], [sales], [voluntary]]);
  });

  it('empty in, empty out', () => {
    expect(seriesOf([])).toEqual([]);
  });
});
