import { describe, expect, it } from 'vitest';
import type { Target } from './detect-context.ts';
import { evidenceFixture } from './evidence-fixture.ts';
import { offTarget } from './off-target.ts';

const rdVoluntary = evidenceFixture({
  metric: 'turnover_rate',
  variant: 'voluntary',
  department: 'R&D',
  from: '2024-01-01',
  to: '2024-12-31',
  numerator: 18,
  denominator: 100,
  ci95: [0.117, 0.267],
});
const goal: Target = { metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', target: 0.05, deadline: '2025-12-31' };

describe('offTarget', () => {
  it('a rate above a "down is good" target: effect (0.18 − 0.05) ÷ 0.05 = 2.6, tested against the interval', () => {
    const [finding] = offTarget([rdVoluntary], { targets: [goal] });
    expect(finding).toMatchObject({
      kind: 'off-target',
      department: 'R&D',
      direction: 'worse',
      significant: true,
      evidenceIds: [rdVoluntary.id],
      target: { value: 0.05, deadline: '2025-12-31' },
    });
    expect(finding.effectSize).toBeCloseTo(2.6, 10);
    // se = 0.15 ÷ 3.92 = 0.0383; z = 0.13 ÷ 0.0383 = 3.40; p = 0.00068.
    expect(finding.confidence).toBeCloseTo(1 - 0.00068, 4);
  });

  it('meeting or beating the target is no finding', () => {
    expect(offTarget([rdVoluntary], { targets: [{ ...goal, target: 0.2 }] })).toEqual([]);
    expect(offTarget([rdVoluntary], { targets: [{ ...goal, target: 0.18 }] })).toEqual([]);
  });

  it('"up is good": a hiring plan at half is worse, and a count without an interval is a fact', () => {
    const plan = evidenceFixture({ metric: 'hiring_plan_completion', department: 'Sales', numerator: 25, denominator: 50, direction: 'up' });
    const [finding] = offTarget([plan], { targets: [{ metric: 'hiring_plan_completion', department: 'Sales', target: 1, deadline: '2024-12-31' }] });
    expect(finding).toMatchObject({ direction: 'worse', effectSize: -0.5, confidence: 1, significant: true });
  });

  it('an interval that still contains the target is not significant', () => {
    const wide = { ...rdVoluntary, value: 0.08, ci95: [0.03, 0.16] as [number, number] };
    expect(offTarget([wide], { targets: [goal] })[0]).toMatchObject({ significant: false });
  });

  it('matches variant, department and company-wide exactly; uses the latest period; never a suppressed one', () => {
    const all = { ...rdVoluntary, variant: null, id: 'all' };
    const company = { ...rdVoluntary, segment: null, variant: null, id: 'company' };
    expect(offTarget([all, company], { targets: [goal] })).toEqual([]);
    expect(offTarget([all, company], { targets: [{ ...goal, variant: undefined, department: null }] }).map((f) => f.evidenceIds)).toEqual([['company']]);
    const older = { ...rdVoluntary, id: 'older', period: { from: '2023-01-01', to: '2023-12-31' } };
    const suppressed = { ...rdVoluntary, suppressed: true, value: null };
    expect(offTarget([suppressed, older], { targets: [goal] })).toEqual([]);
    expect(offTarget([], { targets: [goal] })).toEqual([]);
    expect(offTarget([rdVoluntary], {})).toEqual([]);
  });
});
