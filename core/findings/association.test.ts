import { describe, expect, it } from 'vitest';
import type { Evidence } from '../metrics/evidence.ts';
import { association } from './association.ts';
import { evidenceFixture } from './evidence-fixture.ts';

const departments = ['A', 'B', 'C', 'D', 'E', 'F'];
const year = { from: '2024-01-01', to: '2024-12-31' };
const byDepartment = (metric: string, values: (number | null)[], extra: Partial<Evidence> = {}) =>
  values.map((value, i) => evidenceFixture({ metric, department: departments[i], ...year, value, ...extra, ...(value === null ? { suppressed: true } : {}) }));
const context = { businessMetrics: ['revenue_per_head'] };
const revenue = byDepartment('revenue_per_head', [300, 280, 260, 240, 220, 200], { unit: 'currency', direction: 'up' });

describe('association', () => {
  it('turnover falling as revenue per head rises in 6 departments: rho = −1, exact p = 2/720', () => {
    const turnover = byDepartment('turnover_rate', [0.05, 0.07, 0.09, 0.11, 0.13, 0.2]);
    const [finding] = association([...turnover, ...revenue], context);
    expect(finding).toMatchObject({
      id: 'association|turnover_rate~revenue_per_head|2024-01-01..2024-12-31',
      kind: 'association',
      metric: 'turnover_rate',
      segment: null,
      department: null,
      direction: 'neutral',
      significant: true,
      evidenceIds: [...turnover, ...revenue].map((item) => item.id),
      association: { businessMetric: 'revenue_per_head', r: expect.closeTo(-1, 10), n: 6, pValue: expect.closeTo(2 / 720, 10) },
    });
    expect(finding.effectSize).toBeCloseTo(1, 10);
  });

  it('a suppressed department is left out of the pairs; 5 remain (p = 2/120)', () => {
    const [finding] = association([...byDepartment('turnover_rate', [0.05, 0.07, null, 0.11, 0.13, 0.2]), ...revenue], context);
    expect(finding.association).toMatchObject({ n: 5, pValue: expect.closeTo(2 / 120, 10) });
    expect(finding.evidenceIds).toHaveLength(10);
  });

  it('a strong but unproven rank correlation is listed as not significant (5 departments, rho 0.8, p = 0.133)', () => {
    const training = byDepartment('training_completion', [0.2, 0.1, 0.4, 0.3, 0.5]);
    const [finding] = association([...training, ...revenue.slice(0, 5)], context);
    expect(finding).toMatchObject({ significant: false, association: { r: expect.closeTo(-0.8, 10), n: 5 } });
  });

  it('never with fewer than 5 departments, nor without declared business metrics', () => {
    const turnover = byDepartment('turnover_rate', [0.05, 0.07, 0.09, 0.11, 0.13, 0.2]);
    expect(association([...turnover.slice(0, 4), ...revenue], context)).toEqual([]);
    expect(association([...turnover, ...revenue], {})).toEqual([]);
  });

  it('uses the latest period both metrics share', () => {
    const lastYear = { period: { from: '2023-01-01', to: '2023-12-31' } };
    const old = byDepartment('turnover_rate', [0.2, 0.13, 0.11, 0.09, 0.07, 0.05], lastYear);
    const oldRevenue = byDepartment('revenue_per_head', [300, 280, 260, 240, 220, 200], { ...lastYear, direction: 'up' });
    const now = byDepartment('turnover_rate', [0.05, 0.07, 0.09, 0.11, 0.13, 0.2]);
    const findings = association([...old, ...oldRevenue, ...now, ...revenue], context);
    expect(findings).toHaveLength(1);
    expect(findings[0].association!.r).toBeCloseTo(-1, 10);
  });
});
