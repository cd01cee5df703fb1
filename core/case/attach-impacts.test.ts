import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Finding } from '../findings/finding.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { attachImpacts } from './attach-impacts.ts';

function evidence(id: string, metric: string, variant: string | null, numerator: number): Evidence {
  return {
    id, metric, variant, segment: { field: 'department', value: 'R&D' }, period: { from: '2025-01-01', to: '2025-12-31' }, value: 0.2, numerator, denominator: 50, n: 60,
    ci95: [0.1, 0.3], suppressed: false, suppressionReason: null, pValue: 0.001, qValue: 0.002, test: 'two-proportion-z', restValue: 0.08,
    definition: 'turnover_rate.x', unit: 'ratio', direction: 'down', excluded: 0, caveats: [],
  };
}

function finding(evidenceId: string, metric: string, variant: string | null): Finding {
  return {
    id: `segment-gap|${evidenceId}`, kind: 'segment-gap', metric, variant, segment: { field: 'department', value: 'R&D' }, department: 'R&D', evidenceIds: [evidenceId],
    direction: 'worse', effectSize: 1.5, confidence: 0.998, significant: true, impact: null, score: 0, association: null,
  };
}

describe('attachImpacts', () => {
  // R&D: salaries 100,000 and 300,000 → mean 200,000; Sales 50,000 is not R&D's.
  const roster = buildTestDataset({ department: ['R&D', 'R&D', 'Sales'], salary: [100_000, 300_000, 50_000] }, { asOf: '2025-12-31' });
  const voluntary = evidence('turnover_rate:voluntary|department=R&D|2025-01-01..2025-12-31', 'turnover_rate', 'voluntary', 10);
  const headline = evidence('turnover_rate|department=R&D|2025-01-01..2025-12-31', 'turnover_rate', null, 12);
  const sources = { evidenceById: new Map([voluntary, headline].map((e) => [e.id, e])), datasets: { roster }, assumptions: defaultAssumptions };

  it('costs voluntary leavers at the segment’s mean salary × the leaver cost share, as a low/base/high range', () => {
    const { findings, impacts } = attachImpacts([finding(voluntary.id, 'turnover_rate', 'voluntary')], sources);
    // 10 leavers × 200,000 × (0.21 | 0.5 | 1.5) = 420,000 | 1,000,000 | 3,000,000.
    expect(findings[0].impact).toMatchObject({ kind: 'turnover-cost', low: 420_000, base: 1_000_000, high: 3_000_000, evidenceIds: [voluntary.id] });
    expect(impacts).toHaveLength(1);
  });

  it('does not cost headline turnover again where the voluntary split exists', () => {
    const { findings, impacts } = attachImpacts([finding(voluntary.id, 'turnover_rate', 'voluntary'), finding(headline.id, 'turnover_rate', null)], sources);
    expect(findings.find((f) => f.variant === null)!.impact).toBeNull();
    expect(impacts).toHaveLength(1);
  });
});

describe('vacancyImpact', () => {
  const period = '2025-01-01..2025-12-31';
  const sales = { field: 'department', value: 'Sales' };
  const base = { ...evidence(`hiring_plan_completion|department=Sales|${period}`, 'hiring_plan_completion', null, 26), segment: sales };
  const vacancy = { ...evidence(`cost_of_vacancy|department=Sales|${period}`, 'cost_of_vacancy', null, 73), segment: sales, unit: 'currency' as const };
  const revenue = { ...evidence(`revenue_per_head|all|${period}`, 'revenue_per_head', null, 10_000_000), segment: null, denominator: 40 };
  const roster = buildTestDataset({ department: ['Sales'] }, { asOf: '2025-12-31' });

  it('costs the vacant working days at revenue per head per working day (METRICS-SOURCES worked example)', () => {
    const sources = { evidenceById: new Map([base, vacancy, revenue].map((e) => [e.id, e])), datasets: { roster }, assumptions: { ...defaultAssumptions, workingDaysPerYear: { ...defaultAssumptions.workingDaysPerYear, low: 230, base: 230, high: 230 } } };
    const { findings } = attachImpacts([{ ...finding(base.id, 'hiring_plan_completion', null), segment: { field: 'department', value: 'Sales' }, department: 'Sales' }], sources);
    // 10,000,000 ÷ 40 ÷ 230 × 73 = 79,347.83 (the worked example rounds it to 79,350).
    expect(findings[0].impact).toMatchObject({ kind: 'vacancy-cost', evidenceIds: [vacancy.id, revenue.id] });
    expect(findings[0].impact!.base).toBeCloseTo(79_347.83, 2);
  });

  it('gives no cost without revenue data', () => {
    const sources = { evidenceById: new Map([base, vacancy].map((e) => [e.id, e])), datasets: { roster }, assumptions: defaultAssumptions };
    expect(attachImpacts([finding(base.id, 'hiring_plan_completion', null)], sources).findings[0].impact).toBeNull();
  });
});

describe('feedbackImpact', () => {
  const period = '2025-01-01..2025-12-31';
  const sales = { field: 'department', value: 'Sales' };
  const feedback = { ...evidence(`interview_feedback_sla|department=Sales|${period}`, 'interview_feedback_sla', null, 1), segment: sales, direction: 'up' as const };
  const vacancy = { ...evidence(`cost_of_vacancy|department=Sales|${period}`, 'cost_of_vacancy', null, 73), segment: sales, unit: 'currency' as const };
  const revenue = { ...evidence(`revenue_per_head|all|${period}`, 'revenue_per_head', null, 26_000_000), segment: null, denominator: 100 };
  // Sales: C1 and C2 on REQ-1 wait 8 and 6 days, C3 on REQ-2 waits 10; C4 (R&D) and C5 (no feedback yet) count for nothing.
  const candidates = buildTestDataset(
    {
      candidateId: ['C1', 'C1', 'C2', 'C2', 'C3', 'C3', 'C4', 'C4', 'C5'],
      requisitionId: ['REQ-1', 'REQ-1', 'REQ-1', 'REQ-1', 'REQ-2', 'REQ-2', 'REQ-3', 'REQ-3', 'REQ-2'],
      stage: ['Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed'],
      eventDate: ['2025-03-02', '2025-03-10', '2025-03-03', '2025-03-09', '2025-04-01', '2025-04-11', '2025-05-01', '2025-05-02', '2025-12-29'],
      department: ['Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'Sales'],
    },
    { role: 'candidates', asOf: '2025-12-31' },
  );
  const salesFinding = { ...finding(feedback.id, 'interview_feedback_sla', null), segment: sales, department: 'Sales' };

  it('costs the median days past the SLA on each requisition interviewing, at revenue per head per working day, and not the whole vacancy', () => {
    const sources = { evidenceById: new Map([feedback, vacancy, revenue].map((e) => [e.id, e])), datasets: { candidates }, assumptions: defaultAssumptions };
    const { findings } = attachImpacts([salesFinding], sources);
    // Median of 8, 6 and 10 days = 8; 2 requisitions (REQ-1, REQ-2). A vacant day: 26,000,000 ÷ 100 ÷ 260 = 1,000 (÷ 250 = 1,040).
    // (8 − 3) × 2 × 1,000 = 10,000; high (8 − 3) × 2 × 1,040 = 10,400.
    expect(findings[0].impact).toMatchObject({ kind: 'slow-feedback-cost', low: 10_000, base: 10_000, high: 10_400, evidenceIds: [feedback.id, revenue.id] });
  });

  it('gives no cost without the candidates table or without revenue', () => {
    const withoutCandidates = { evidenceById: new Map([feedback, revenue].map((e) => [e.id, e])), datasets: {}, assumptions: defaultAssumptions };
    const withoutRevenue = { evidenceById: new Map([[feedback.id, feedback]]), datasets: { candidates }, assumptions: defaultAssumptions };
    expect(attachImpacts([salesFinding], withoutCandidates).findings[0].impact).toBeNull();
    expect(attachImpacts([salesFinding], withoutRevenue).findings[0].impact).toBeNull();
  });
});

describe('trainingImpact', () => {
  const period = '2025-01-01..2025-12-31';
  const sales = { field: 'department', value: 'Sales' };
  const variant = 'Consultative Selling → Conversion Rate';
  const effect = {
    ...evidence(`training_effect:${variant}|department=Sales|${period}`, 'training_effect', variant, 0),
    segment: sales, value: 0.04, ci95: [0.03, 0.05] as [number, number], restValue: 0.01, n: 4, direction: 'up' as const, unit: 'ratio' as const,
  };
  const conversion = { ...evidence(`business_metric:Conversion Rate|department=Sales|${period}`, 'business_metric', 'Conversion Rate', 2.4), segment: sales, value: 0.2 };
  const revenue = { ...evidence(`business_metric:Revenue|department=Sales|${period}`, 'business_metric', 'Revenue', 12_000_000), segment: sales, value: 1_000_000 };
  // Four Sales participants at 100,000 each; the R&D participant and the other course are someone else's cost.
  const training = buildTestDataset(
    {
      course: ['Consultative Selling', 'Consultative Selling', 'Consultative Selling', 'Consultative Selling', 'Consultative Selling', 'Excel'],
      department: ['Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'Sales'],
      trainingCost: [100_000, 100_000, 100_000, 100_000, 7_000, 9_000],
    },
    { role: 'training', asOf: '2025-12-31' },
  );
  const evidenceById = new Map([effect, conversion, revenue].map((e) => [e.id, e]));
  const trainingFinding = (direction: Finding['direction']) => ({ ...finding(effect.id, 'training_effect', variant), segment: sales, department: 'Sales', direction });

  it('values the gain over the comparison group at a year of revenue per unit of the metric, against the course’s recorded cost', () => {
    const { findings } = attachImpacts([trainingFinding('better')], { evidenceById, datasets: { training }, assumptions: defaultAssumptions });
    // A unit of conversion: 1,000,000 a month × 12 ÷ 0.2 = 60,000,000. Gains (0.03 | 0.04 | 0.05) − 0.01 = 0.02 | 0.03 | 0.04 → 1,200,000 |
    // 1,800,000 | 2,400,000. Cost 4 × 100,000 = 400,000 → ROI (1,200,000 − 400,000) ÷ 400,000 = 2 | 3.5 | 5.
    expect(findings[0].impact).toMatchObject({ kind: 'training-roi', assumptionKeys: [], evidenceIds: [effect.id, conversion.id, revenue.id] });
    expect(findings[0].impact).toMatchObject({ low: expect.closeTo(2, 10), base: expect.closeTo(3.5, 10), high: expect.closeTo(5, 10) });
  });

  it('uses the per-participant cost assumption when the records carry no cost', () => {
    const { findings } = attachImpacts([trainingFinding('better')], { evidenceById, datasets: {}, assumptions: defaultAssumptions });
    // Base (1,800,000 − 4 × 1,000) ÷ 4,000 = 449; low (1,200,000 − 4 × 1,280) ÷ 5,120 = 233.375; high (2,400,000 − 4 × 774) ÷ 3,096 = 774.1937…
    expect(findings[0].impact).toMatchObject({ assumptionKeys: ['trainingCostPerParticipant'], low: expect.closeTo(233.375, 10), base: expect.closeTo(449, 10), high: expect.closeTo(774.19380, 5) });
  });

  it('gives a training with no effect over the comparison group its loss: what continuing it costs, as a return below −100%', () => {
    const flat = { ...effect, value: 0.01, ci95: [0, 0.02] as [number, number], restValue: 0.02 };
    const sources = { evidenceById: new Map([flat, conversion, revenue].map((e) => [e.id, e])), datasets: { training }, assumptions: defaultAssumptions };
    // Gains (0 | 0.01 | 0.02) − 0.02 = −0.02 | −0.01 | 0 → −1,200,000 | −600,000 | 0; ROI (−1,200,000 − 400,000) ÷ 400,000 = −4 | −2.5 | −1.
    expect(attachImpacts([trainingFinding('worse')], sources).findings[0].impact).toMatchObject({ low: expect.closeTo(-4, 10), base: expect.closeTo(-2.5, 10), high: expect.closeTo(-1, 10) });
  });

  it('gives no return without the segment’s revenue, or for a metric where down is good', () => {
    const withoutRevenue = { evidenceById: new Map([effect, conversion].map((e) => [e.id, e])), datasets: { training }, assumptions: defaultAssumptions };
    expect(attachImpacts([trainingFinding('better')], withoutRevenue).findings[0].impact).toBeNull();
    const defects = { ...effect, direction: 'down' as const };
    const downSources = { evidenceById: new Map([defects, conversion, revenue].map((e) => [e.id, e])), datasets: { training }, assumptions: defaultAssumptions };
    expect(attachImpacts([trainingFinding('better')], downSources).findings[0].impact).toBeNull();
  });
});
