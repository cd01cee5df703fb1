import { describe, expect, it } from 'vitest';
import type { Evidence } from '../metrics/evidence.ts';
import { evidenceFixture } from './evidence-fixture.ts';
import { periodChange } from './period-change.ts';

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const rate = (department: string, y: number, numerator: number, extra: Partial<Evidence> = {}) =>
  evidenceFixture({ metric: 'turnover_rate', department, ...year(y), numerator, denominator: 100, ...extra });

describe('periodChange', () => {
  it('a rise in turnover (down is good) from 25% to 40%: effect 0.6, p = 0.0235', () => {
    const [finding] = periodChange([rate('R&D', 2024, 40), rate('R&D', 2023, 25)], {});
    expect(finding).toMatchObject({
      kind: 'period-change',
      department: 'R&D',
      direction: 'worse',
      significant: true,
      evidenceIds: ['turnover_rate|department=R&D|2024-01-01..2024-12-31', 'turnover_rate|department=R&D|2023-01-01..2023-12-31'],
    });
    expect(finding.effectSize).toBeCloseTo(0.6, 10);
    expect(finding.confidence).toBeCloseTo(1 - 0.02354, 4);
  });

  it('lists a fall in pay against market from 5%: a compa-ratio from 0.98 to 0.92 is −6.1%, the same fall in tenure is not listed', () => {
    const median = (metric: string, y: number, value: number) =>
      evidenceFixture({ metric, department: 'R&D', ...year(y), value, ci95: [value - 0.01, value + 0.01], direction: 'neutral' });
    const [pay] = periodChange([median('compa_ratio', 2023, 0.98), median('compa_ratio', 2024, 0.92)], {});
    expect(pay).toMatchObject({ metric: 'compa_ratio', significant: true });
    expect(pay.effectSize).toBeCloseTo(-0.0612, 4); // (0.92 − 0.98) ÷ 0.98
    expect(periodChange([median('tenure', 2023, 0.98), median('tenure', 2024, 0.92)], {})).toEqual([]);
  });

  it('corrects across the segments scanned: with 3 departments q = 3 × 0.0235 = 0.0706, so not significant', () => {
    const evidence = [rate('R&D', 2023, 25), rate('R&D', 2024, 40), rate('Sales', 2023, 30), rate('Sales', 2024, 31), rate('Ops', 2023, 20), rate('Ops', 2024, 21)];
    const findings = periodChange(evidence, {});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ department: 'R&D', significant: false });
    expect(findings[0].confidence).toBeCloseTo(1 - 3 * 0.02354, 3);
  });

  it('"up is good": a falling offer acceptance rate is worse', () => {
    const offers = (y: number, numerator: number) => evidenceFixture({ metric: 'offer_acceptance_rate', department: 'Sales', ...year(y), numerator, denominator: 100, direction: 'up' });
    // 80% → 60%: pooled 0.7, z = 0.2 ÷ √(0.21 × 0.02) = 3.09, p = 0.002; effect (0.6 − 0.8) ÷ 0.8 = −0.25.
    const [finding] = periodChange([offers(2023, 80), offers(2024, 60)], {});
    expect(finding).toMatchObject({ direction: 'worse', significant: true });
    expect(finding.effectSize).toBeCloseTo(-0.25, 10);
  });

  it('an untestable count is listed only when large, with confidence 0', () => {
    const count = (y: number, value: number) => evidenceFixture({ metric: 'headcount', ...year(y), value, unit: 'count', direction: 'neutral' });
    expect(periodChange([count(2023, 100), count(2024, 140)], {})[0]).toMatchObject({ confidence: 0, significant: false, direction: 'neutral' });
    expect(periodChange([count(2023, 100), count(2024, 110)], {})).toEqual([]);
  });

  it('nothing from a suppressed period, overlapping periods or a single period', () => {
    expect(periodChange([rate('R&D', 2023, 25), rate('R&D', 2024, 40, { suppressed: true, value: null })], {})).toEqual([]);
    expect(periodChange([rate('R&D', 2023, 25, { suppressed: true }), rate('R&D', 2024, 40)], {})).toEqual([]);
    const ytd = rate('R&D', 2024, 25, { period: { from: '2024-01-01', to: '2024-06-30' }, id: 'ytd' });
    const full = rate('R&D', 2024, 40, { period: { from: '2024-03-01', to: '2024-12-31' } });
    expect(periodChange([ytd, full], {})).toEqual([]);
    expect(periodChange([rate('R&D', 2024, 40)], {})).toEqual([]);
  });
});
