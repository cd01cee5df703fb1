import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import { segmentChartSpec } from './segment-chart-spec.ts';

describe('segmentChartSpec', () => {
  it('draws a rate by department against the whole company, hidden groups left out', () => {
    const evidence = [
      evidenceFixture({ metric: 'turnover_rate', numerator: 30, denominator: 200 }),
      evidenceFixture({ metric: 'turnover_rate', department: 'R&D', numerator: 18, denominator: 100 }),
      evidenceFixture({ metric: 'turnover_rate', department: 'Sales', numerator: 12, denominator: 96 }),
      evidenceFixture({ metric: 'turnover_rate', department: 'Legal', numerator: 0, denominator: 4, suppressed: true, value: null }),
    ];
    const spec = segmentChartSpec('en', evidence, 'turnover_rate', null, 'department')!;
    expect(spec.labels).toEqual(['R&D', 'Sales']);
    expect(spec.series[0].values).toEqual([0.18, 0.125]);
    expect(spec.reference).toEqual({ label: 'Whole company', value: 0.15 });
  });

  it('draws no whole-company line for a count, whose whole is the sum of its groups', () => {
    const count = (department: string | undefined, value: number) => evidenceFixture({ metric: 'headcount', department, value, unit: 'count' });
    const spec = segmentChartSpec('en', [count(undefined, 12), count('R&D', 7), count('Sales', 5)], 'headcount', null, 'department')!;
    expect(spec.series[0].values).toEqual([7, 5]);
    expect(spec.reference).toBeNull();
  });
});
