import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { dayFromIso } from '../table/day.ts';
import { currentEvidence } from './current-evidence.ts';
import { metricSettingsOf } from './metric-settings-of.ts';

const item = (id: string, period: Evidence['period']) => ({ id, period }) as Evidence;

describe('currentEvidence', () => {
  const evidence = [item('now', { from: '2025-01-01', to: '2025-12-31' }), item('before', { from: '2024-01-01', to: '2024-12-31' }), item('snapshot', null)];

  it('keeps the analysed period and point-in-time items, drops the previous period', () => {
    const period = { from: dayFromIso('2025-01-01'), to: dayFromIso('2025-12-31') };
    expect(currentEvidence({ evidence, period }).map((e) => e.id)).toEqual(['now', 'snapshot']);
  });

  it('keeps only point-in-time items without a period', () => {
    expect(currentEvidence({ evidence, period: null }).map((e) => e.id)).toEqual(['snapshot']);
  });
});

describe('metricSettingsOf', () => {
  it('reads the base SLA and working days', () => {
    expect(metricSettingsOf(defaultAssumptions)).toEqual({ slaDays: 3, workingDaysPerYear: 260 });
  });
});
