import { describe, expect, it } from 'vitest';
import { evidenceFixture } from './evidence-fixture.ts';
import { segmentGap } from './segment-gap.ts';

const turnover = (department: string, numerator: number, denominator: number, rest: number, q: number | null, extra = {}) =>
  evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department, from: '2024-01-01', to: '2024-12-31', numerator, denominator, restValue: rest, pValue: q, qValue: q, test: 'two-proportion-z', ...extra });

describe('segmentGap', () => {
  it('a significant gap: effect = (0.18 − 0.09) ÷ 0.09 = 1, worse because down is good', () => {
    const [finding] = segmentGap([turnover('R&D', 18, 100, 0.09, 0.004)], {});
    expect(finding).toMatchObject({
      id: 'segment-gap|turnover_rate:voluntary|department=R&D|2024-01-01..2024-12-31',
      kind: 'segment-gap',
      metric: 'turnover_rate',
      variant: 'voluntary',
      department: 'R&D',
      evidenceIds: ['turnover_rate:voluntary|department=R&D|2024-01-01..2024-12-31'],
      direction: 'worse',
      significant: true,
      confidence: 0.996,
      impact: null,
    });
    expect(finding.effectSize).toBeCloseTo(1, 10);
  });

  it('respects "up is good": a low offer acceptance rate is worse, a high one better', () => {
    const offers = (department: string, value: number) =>
      evidenceFixture({ metric: 'offer_acceptance_rate', department, value, restValue: 0.8, pValue: 0.001, qValue: 0.002, direction: 'up', test: 'two-proportion-z' });
    const findings = segmentGap([offers('Sales', 0.5), offers('Ops', 0.95)], {});
    expect(findings.map((f) => [f.department, f.direction])).toEqual([['Sales', 'worse'], ['Ops', 'better']]);
    expect(findings[0].effectSize).toBeCloseTo(-0.375, 10); // (0.5 − 0.8) ÷ 0.8
  });

  it('lists pay against market from a 5% gap: R&D’s leavers at 0.864 against its stayers at 0.918 is 5.9% lower, and worse', () => {
    const pay = (metric: string, value: number, restValue: number) =>
      evidenceFixture({ metric, department: 'R&D', value, restValue, pValue: 0.00001, qValue: 0.00003, direction: 'up', test: 'mann-whitney' });
    const [leavers] = segmentGap([pay('leaver_compa_ratio', 0.864, 0.918)], {});
    expect(leavers).toMatchObject({ metric: 'leaver_compa_ratio', direction: 'worse', significant: true });
    expect(leavers.effectSize).toBeCloseTo(-0.0588, 4); // (0.864 − 0.918) ÷ 0.918
    expect(segmentGap([pay('compa_ratio', 0.97, 1)], {})).toEqual([]); // 3%: within normal pay spread
    expect(segmentGap([pay('tenure', 4.4, 4.7)], {})).toEqual([]); // 6.4%, but tenure keeps the 10% bar
  });

  it('a big gap that fails the test is listed as not significant', () => {
    // 3 of 10 vs 12%: effect 1.5, q = 0.3.
    const [finding] = segmentGap([turnover('Legal', 3, 10, 0.12, 0.3)], {});
    expect(finding).toMatchObject({ significant: false, confidence: 0.7 });
  });

  it('a suppressed segment yields nothing, even with a huge gap', () => {
    expect(segmentGap([turnover('Board', 2, 4, 0.1, 0.01, { suppressed: true, suppressionReason: 'small-group', value: null })], {})).toEqual([]);
    expect(segmentGap([turnover('Board', 2, 4, 0.1, 0.01, { suppressed: true, suppressionReason: 'complementary' })], {})).toEqual([]);
  });

  it('skips small gaps, untested items and the whole population', () => {
    expect(segmentGap([turnover('Ops', 95, 1000, 0.09, 0.001)], {})).toEqual([]); // 5.6% gap, significant but small
    expect(segmentGap([turnover('Ops', 11, 100, 0.09, 0.4)], {})).toEqual([]); // 22% gap, not significant: under 25%
    expect(segmentGap([evidenceFixture({ metric: 'headcount', department: 'R&D', value: 300, restValue: 900, unit: 'count', direction: 'neutral' })], {})).toEqual([]);
    expect(segmentGap([evidenceFixture({ metric: 'turnover_rate', value: 0.1, pValue: 0.01 })], {})).toEqual([]);
  });

  it('judges only the latest period of a segment', () => {
    const old = turnover('R&D', 18, 100, 0.09, 0.004, { period: { from: '2023-01-01', to: '2023-12-31' }, id: 'old' });
    const now = turnover('R&D', 9, 100, 0.09, 1);
    expect(segmentGap([now, old], {})).toEqual([]);
  });
});
