import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase, previousPeriodOf } from './analyze-case.ts';
import type { Evidence } from './metrics/evidence.ts';
import { readCsv } from './table/csv-reader.ts';
import { dayFromIso, isoFromDay, yearPeriod } from './table/day.ts';

/** A demo company table as the CLI reads it. */
const demo = (name: string) => readCsv(new Uint8Array(readFileSync(new URL(`../examples/${name}.csv`, import.meta.url))), { fileName: `${name}.csv` });

const analysis = analyzeCase(
  {
    roster: demo('roster'),
    requisitions: demo('requisitions'),
    candidates: demo('candidates'),
    training: demo('training'),
    goals: demo('goals'),
    business: demo('business'),
    approvals: demo('approvals'),
  },
  { asOf: dayFromIso('2025-12-31') },
);

/** The 2025 evidence item of a metric (and variant) for a department, or for the company with department null. */
function item(metric: string, department: string | null, variant: string | null = null): Evidence {
  const found = analysis.evidence.find(
    (e) => e.metric === metric && e.variant === variant && (e.segment?.value ?? null) === department && (e.period === null || e.period.to === '2025-12-31'),
  );
  if (!found) throw new Error(`no evidence ${metric}:${variant} for ${department}`);
  return found;
}

// The planted stories' numbers are examples/README.md's, computed by core/demo/story-numbers.ts straight from the tables.
describe('analyzeCase on the demo company (as of 2025-12-31)', () => {
  it('analyses calendar 2025 against calendar 2024, every table by its role, with no data issue', () => {
    expect([analysis.period, analysis.previousPeriod].map((p) => p && [isoFromDay(p.from), isoFromDay(p.to)])).toEqual([
      ['2025-01-01', '2025-12-31'],
      ['2024-01-01', '2024-12-31'],
    ]);
    expect(Object.keys(analysis.datasets).sort()).toEqual(['approvals', 'business', 'candidates', 'goals', 'requisitions', 'roster', 'training']);
    expect(analysis.issues).toEqual([]);
    expect(analysis.evidence.some((e) => e.metric === 'turnover_rate' && e.period?.to === '2024-12-31')).toBe(true);
  });

  it('story 1: R&D voluntary turnover is clearly above the rest, and its leavers were paid below market', () => {
    // README: 48 / 246.5 = 19.5% against 5.6% outside R&D. Ours divides by the mean of (first-day + last-day) monthly
    // headcounts (SHRM) rather than the 12 month-ends, so the denominator is 247: 19.4%.
    const rd = item('turnover_rate', 'R&D', 'voluntary');
    expect(rd.numerator).toBe(48);
    expect(rd.value).toBeCloseTo(48 / 247, 4);
    expect(rd.restValue).toBeCloseTo(0.056, 3);
    expect(rd.qValue).toBeLessThan(0.001);
    // README: R&D's 2025 voluntary leavers 0.864 against R&D stayers 0.918 (and 1.003 outside R&D).
    const leavers = item('leaver_compa_ratio', 'R&D', 'voluntary');
    expect(leavers.value).toBeCloseTo(0.864, 3);
    expect(leavers.restValue).toBeCloseTo(0.918, 3);
    expect(leavers.pValue).toBeLessThan(0.001);
  });

  it('story 2: Sales filled 52% of its plan and gives interview feedback on time far less often than the others', () => {
    expect(item('hiring_plan_completion', 'Sales')).toMatchObject({ numerator: 26, denominator: 50, value: 0.52 });
    expect(item('hiring_plan_completion', 'Sales').restValue).toBeCloseTo(91 / 96, 10);
    // README: 11% of Sales interviews got feedback within 3 days, counting interviews that have feedback. Ours also counts an
    // interview still without feedback once the 3 days have passed (as late), so 16 of 149: 10.7%.
    const feedback = item('interview_feedback_sla', 'Sales');
    expect(feedback).toMatchObject({ numerator: 16, denominator: 149 });
    expect(feedback.restValue).toBeGreaterThan(0.9);
    expect(feedback.qValue).toBeLessThan(1e-10);
    // README: median time to fill 83.5 days in Sales; 26 of 37 offers accepted.
    expect(item('time_to_fill', 'Sales').value).toBe(83.5);
    expect(item('offer_acceptance_rate', 'Sales')).toMatchObject({ numerator: 26, denominator: 37 });
  });

  it('story 3: Sales conversion rose about 5 points more than in the untrained departments after Consultative Selling', () => {
    // README: Sales 0.180 → 0.228, Marketing and Customer Success 0.211 → 0.209, difference-in-differences +5.0 points. The
    // comparison group's change here is the mean of each department's own change (the same number when both report every month).
    const effect = item('training_effect', 'Sales', 'Consultative Selling → Conversion Rate');
    expect(effect.value).toBeCloseTo(0.228 - 0.18, 2);
    expect(effect.restValue).toBeCloseTo(0.209 - 0.211, 2);
    expect(effect.value! - effect.restValue!).toBeCloseTo(0.05, 2);
    expect(effect).toMatchObject({ unit: 'ratio', direction: 'up' });
    expect(effect.pValue).toBeLessThan(0.001);
  });

  it('gives cost per hire from the requisitions’ recruiting costs (ANSI/SHRM): Sales pays twice what the others pay', () => {
    // Summed from examples/requisitions.csv (Agency Fee + Advertising + Referral Bonus + Internal Cost, every requisition
    // opened in 2025): 2,746,800 over the 117 filled; Sales 994,200 over 26 (its open requisitions keep costing).
    expect(item('cost_per_hire', null)).toMatchObject({ numerator: 2_746_800, denominator: 117 });
    expect(item('cost_per_hire', 'Sales')).toMatchObject({ numerator: 994_200, denominator: 26 });
    expect(item('cost_per_hire', 'Sales').value).toBeCloseTo(38_238.46, 2);
  });

  it('turns the HR department’s goals into company-wide targets', () => {
    expect(analysis.targets).toEqual([
      { metric: 'turnover_rate', variant: 'voluntary', department: null, target: 0.1, deadline: '2025-12-31' },
      { metric: 'hiring_plan_completion', variant: null, department: null, target: 0.9, deadline: '2025-12-31' },
    ]);
  });
});

describe('previousPeriodOf', () => {
  it('goes back as many calendar months for whole months, else as many days', () => {
    expect(previousPeriodOf(yearPeriod(2025))).toEqual(yearPeriod(2024));
    expect(previousPeriodOf({ from: dayFromIso('2025-03-01'), to: dayFromIso('2025-05-31') })).toEqual({ from: dayFromIso('2024-12-01'), to: dayFromIso('2025-02-28') });
    expect(previousPeriodOf({ from: dayFromIso('2025-01-10'), to: dayFromIso('2025-01-19') })).toEqual({ from: dayFromIso('2024-12-31'), to: dayFromIso('2025-01-09') });
  });
});
