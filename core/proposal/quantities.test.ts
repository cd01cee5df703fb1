import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import { assumptionFormat, createQuantityRegistry, evidenceFormat, evidenceNumber } from './quantities.ts';

const rd = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', from: '2024-01-01', to: '2024-12-31', value: 0.18, n: 120, ci95: [0.12, 0.26] });

describe('createQuantityRegistry', () => {
  it('hands out one quantity per id, traced to the evidence it reads', () => {
    const q = createQuantityRegistry(defaultAssumptions);
    expect(q.evidence(rd, 'value')).toEqual({ ref: `${rd.id}#value` });
    q.evidence(rd, 'value');
    q.evidence(rd, 'n');
    expect(q.quantities()).toEqual({
      [`${rd.id}#value`]: { id: `${rd.id}#value`, value: 0.18, format: 'percent', source: 'evidence', evidenceIds: [rd.id] },
      [`${rd.id}#n`]: { id: `${rd.id}#n`, value: 120, format: 'integer', source: 'evidence', evidenceIds: [rd.id] },
    });
  });

  it('refuses suppressed evidence, a missing number and one id with two values', () => {
    const q = createQuantityRegistry(defaultAssumptions);
    expect(() => q.evidence({ ...rd, suppressed: true }, 'value')).toThrow(/suppressed/);
    expect(() => q.evidence(rd, 'restValue')).toThrow(/no restValue/);
    q.target('x', 0.1, 'percent', []);
    expect(() => q.target('x', 0.2, 'percent', [])).toThrow(/different values/);
  });

  it('writes money in the assumptions’ currency and dates as dates', () => {
    const q = createQuantityRegistry({ ...defaultAssumptions, currency: 'CNY' });
    q.assumption('salaryAnnualFallback', 'base');
    q.date('2025-06-30');
    q.periodEnd(rd);
    expect(Object.values(q.quantities()).map(({ format, currency, value }) => [format, currency, value])).toEqual([
      ['currency', 'CNY', 60_000],
      ['date', undefined, '2025-06-30'],
      ['date', undefined, '2024-12-31'],
    ]);
  });
});

describe('impact quantities', () => {
  it('writes a cost as money in its own currency', () => {
    const q = createQuantityRegistry(defaultAssumptions);
    q.impact({ low: 1, base: 2, high: 3, currency: 'CNY', assumptionKeys: [], evidenceIds: ['e1'], id: 'vacancy-cost|e1', kind: 'vacancy-cost' }, 'base');
    expect(Object.values(q.quantities()).map(({ format, currency, value }) => [format, currency, value])).toEqual([['currency', 'CNY', 2]]);
  });
});

describe('formats', () => {
  it('writes shares as percent, a compa-ratio as a ratio, counts as integers', () => {
    expect(evidenceFormat({ metric: 'turnover_rate', unit: 'ratio' })).toBe('percent');
    expect(evidenceFormat({ metric: 'compa_ratio', unit: 'ratio' })).toBe('ratio');
    expect(evidenceFormat({ metric: 'leaver_compa_ratio', unit: 'ratio' })).toBe('ratio');
    expect(evidenceFormat({ metric: 'headcount', unit: 'count' })).toBe('integer');
    expect(assumptionFormat(defaultAssumptions.leaverCostShare)).toBe('percent');
    expect(assumptionFormat(defaultAssumptions.salaryAnnualFallback)).toBe('currency');
  });

  it('reads the interval ends and excluded rows of an item', () => {
    expect([evidenceNumber(rd, 'ciLow'), evidenceNumber(rd, 'ciHigh'), evidenceNumber(rd, 'excluded')]).toEqual([0.12, 0.26, 0]);
  });
});
